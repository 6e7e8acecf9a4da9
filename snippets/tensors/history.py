import torch

# A tensor you create yourself has no history: it is a leaf.
x = torch.ones(2, 2, requires_grad=True)
print(x)
print(x.grad_fn)

# A tensor computed from it remembers the operation that made it.
y = x + 2
print(y)
print(y.grad_fn.name())
print(x.is_leaf, y.is_leaf)

# Printing the node itself would show a memory address, different on every run.
print(repr(y.grad_fn).startswith("<AddBackward0 object at 0x"))
