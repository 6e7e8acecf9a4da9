import torch

v = torch.tensor([1.0, 2.0], requires_grad=True)
a, b = v
f = a**2 * b + b**3

# First gradient, kept differentiable.
(g,) = torch.autograd.grad(f, v, create_graph=True)
print(g)

# Gradient of (g . u) is H @ u: a Hessian-vector product without forming H.
u = torch.tensor([1.0, 0.0])
(hu,) = torch.autograd.grad(g @ u, v)
print(hu)
