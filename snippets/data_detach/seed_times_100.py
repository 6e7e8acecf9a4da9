import torch

# The seed notes' example: change x through .data after using it.
x = torch.ones(1, requires_grad=True)
print(x.data, x.data.requires_grad)
y = 2 * x
x.data *= 100
y.backward()
print(x)
print(x.grad)

# d(2x)/dx = 2 never reads x: the node saved the constant 2, not x2,
# so even a change through .detach(), which bumps the counter, goes unnoticed.
x2 = torch.ones(1, requires_grad=True)
y2 = 2 * x2
print(y2.grad_fn._saved_self, y2.grad_fn._saved_other)
x2.detach().mul_(100)
y2.backward()
print(x2._version, x2.grad)
