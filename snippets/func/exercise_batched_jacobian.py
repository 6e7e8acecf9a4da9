import torch
from torch.func import jacrev, vmap


def f(x):  # R^2 -> R^2, written for one point
    return torch.stack([x[0] * x[1], torch.sin(x[0])])


torch.manual_seed(0)
points = torch.randn(5, 2, dtype=torch.float64)

J = vmap(jacrev(f))(points)  # one 2 x 2 Jacobian per point
print(J.shape)

loop = torch.stack([torch.autograd.functional.jacobian(f, p) for p in points])
print(torch.allclose(J, loop))
