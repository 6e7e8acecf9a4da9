import torch

x = torch.ones(3, requires_grad=True)
e = torch.ones(3, requires_grad=True)

# Two additions in a row: both nodes are AddBackward0. The digit counts nothing.
y = x + 1
z = y + 1
print(y.grad_fn.name(), z.grad_fn.name())

# The digit numbers the derivative formulas under one name: here overloads.
print(x.sum().grad_fn.name(), x.sum(dim=0).grad_fn.name())
print((x**2).grad_fn.name(), (x**e).grad_fn.name(), (2**x).grad_fn.name())

# A few in-place methods have a formula, and so a digit, of their own; most do not.
print(x.unsqueeze(0).grad_fn.name(), x.clone().unsqueeze_(0).grad_fn.name())
print(x.clone().add_(1).grad_fn.name())

# An operation that torch builds from others records their nodes: square is a power.
print(x.square().grad_fn.name())
