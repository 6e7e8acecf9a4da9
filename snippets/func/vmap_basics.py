import torch
from torch.func import vmap

calls = 0


def dot(a, b):  # written for one pair of vectors
    global calls
    calls += 1  # counts the runs of the Python body
    return (a * b).sum()


torch.manual_seed(0)
A = torch.randn(4, 3, dtype=torch.float64)  # a batch of 4 vectors
B = torch.randn(4, 3, dtype=torch.float64)
c = torch.randn(3, dtype=torch.float64)  # one vector, shared

batched = vmap(dot)(A, B)  # maps over dim 0 of both
print(batched.shape, "runs of dot:", calls)
shared = vmap(dot, in_dims=(0, None))(A, c)  # None: do not map over c
print(shared.shape)

calls = 0
chunked = vmap(dot, chunk_size=2)(A, B)  # the batch of 4, in chunks of 2
print("chunk_size=2, runs of dot:", calls, torch.allclose(chunked, batched))

loop = torch.stack([dot(a, b) for a, b in zip(A, B)])
print(torch.allclose(batched, loop), torch.allclose(shared, A @ c))
