import torch

w = torch.tensor([2.0, 3.0], requires_grad=True)
with torch.no_grad():
    y = w * 2  # a new tensor
    r = w.mul_(1)  # an in-place operation returns the tensor it changed
    v = w[0]  # a view of w
print(y.requires_grad, r is w, r.requires_grad, w.is_leaf)

# The view reports requires_grad=True, yet it has no grad_fn ...
print(v.requires_grad, v.grad_fn, v.is_leaf)

# ... and a backward pass through it runs, but its gradient reaches nothing.
(v * 2).backward()
print(v.grad, w.grad)
