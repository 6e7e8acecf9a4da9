import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
a = x.data
b = x.detach()

# Both are new tensor objects outside the graph...
print(a.requires_grad, a.grad_fn, a.is_leaf)
print(b.requires_grad, b.grad_fn, b.is_leaf)

# ...that look at the same memory as x: no copy was made.
print(a.data_ptr() == x.data_ptr(), b.data_ptr() == x.data_ptr())
a[0] = 10.0
b[1] = 20.0
print(x)
