import torch
from torch.autograd.functional import hessian


def f(v):
    a, b = v
    return a**2 * b + b**3


v = torch.tensor([1.0, 2.0])
print(hessian(f, v))  # [[2b, 2a], [2a, 6b]] at a=1, b=2
