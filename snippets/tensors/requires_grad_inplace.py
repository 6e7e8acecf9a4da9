import torch

# Switch tracking on after the fact with the in-place requires_grad_().
a = torch.tensor([[2.0, 3.0], [4.0, 5.0]])
a = (a * 3) / (a - 1)
print(a.requires_grad, a.is_leaf)

a.requires_grad_(True)
print(a.requires_grad, a.is_leaf)

b = (a * a).sum()
print(b.grad_fn.name())
