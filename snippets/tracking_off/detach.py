import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
d = x.detach()
print(d, d.requires_grad, d.is_leaf, d.grad_fn)

# In a computation, d is a constant: no gradient flows back through it.
(x * d).sum().backward()
print(x.grad)  # d, not 2 * x

# d is a new tensor object, but it shares x's memory.
d[0] = 100.0
print(x)
