# Seed 000's first program as published (comments translated), plus `import torch`.
import torch

# x was created directly, so it has no grad_fn
x = torch.ones(2, 2, requires_grad=True)
print(x)  # tensor([[1., 1.],[1., 1.]], requires_grad=True)
print(x.grad_fn)  # None
# y was created by an addition, so it has a grad_fn
y = x + 2
print(y)  # tensor([[3., 3.],[3., 3.]], grad_fn=<AddBackward>)
# As published: print(y.grad_fn)  # <AddBackward object at 0x1100477b8>
# It still prints an address, different on every run, so this line shows its shape:
print(repr(y.grad_fn).startswith("<AddBackward0 object at 0x"))
print(x.is_leaf, y.is_leaf)  # True False
