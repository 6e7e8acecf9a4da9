import torch

x = torch.ones(2, 2, requires_grad=True)
y = x + 2
print(y)
print(y.grad_fn.name())  # the node's name, the same on every run
print(x.is_leaf, y.is_leaf)
