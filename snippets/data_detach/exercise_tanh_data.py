import torch

x = torch.tensor([0.0, 1.0], requires_grad=True)
y = torch.tanh(x)  # TanhBackward0 saves y: d tanh/dx = 1 - y^2
print(y.grad_fn.name())
y.data.fill_(0.5)
y.sum().backward()
print(x.grad)  # 1 - 0.5^2 = 0.75 for both, silently

x_ok = torch.tensor([0.0, 1.0], requires_grad=True)
torch.tanh(x_ok).sum().backward()
print(x_ok.grad)  # the true 1 - tanh(x)^2
print(torch.equal(x.grad, torch.full((2,), 0.75)), torch.equal(x.grad, x_ok.grad))

# The same write through detach() is caught at backward time:
x2 = torch.tensor([0.0, 1.0], requires_grad=True)
y2 = torch.tanh(x2)
y2.detach().fill_(0.5)
try:
    y2.sum().backward()
except RuntimeError as e:
    print("modified by an inplace operation" in str(e))
