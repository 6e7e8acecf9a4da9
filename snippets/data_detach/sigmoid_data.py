import torch

x = torch.tensor([-1.0, 0.0, 1.0], requires_grad=True)
y = x.sigmoid()  # sigmoid saves its output y: dy/dx = y * (1 - y)
out = y.sum()

print(y._version)
y.data.zero_()  # change the saved values behind autograd's back
print(y._version)  # unchanged: autograd was not told

out.backward()
print(x.grad)  # computed from the zeroed y: 0 * (1 - 0)

s = torch.sigmoid(x.detach())
print(s * (1 - s))  # the correct gradient
