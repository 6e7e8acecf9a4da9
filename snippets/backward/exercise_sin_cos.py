import torch

x = torch.linspace(-3.0, 3.0, steps=7, requires_grad=True)
y = torch.sin(x)

# y has seven elements; sum() makes a scalar whose gradient is dy_i/dx_i.
y.sum().backward()

print(x.grad)
print(torch.cos(x.detach()))
print(torch.allclose(x.grad, torch.cos(x.detach())))
