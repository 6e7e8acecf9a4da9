import torch
from torch.func import vmap


def dot(a, b):  # written for one pair of vectors
    return (a * b).sum()


torch.manual_seed(0)
A = torch.randn(4, 3, dtype=torch.float64)  # a batch of 4 vectors
B = torch.randn(4, 3, dtype=torch.float64)
c = torch.randn(3, dtype=torch.float64)  # one vector, shared

batched = vmap(dot)(A, B)  # maps over dim 0 of both
shared = vmap(dot, in_dims=(0, None))(A, c)  # None: do not map over c
print(batched.shape, shared.shape)

loop = torch.stack([dot(a, b) for a, b in zip(A, B)])
print(torch.allclose(batched, loop), torch.allclose(shared, A @ c))
