import torch
from torch.func import hessian, jacfwd, jacrev


def f(v):
    a, b = v
    return a**2 * b + b**3


v = torch.tensor([1.0, 2.0])
H = hessian(f)(v)
print(H)  # [[2b, 2a], [2a, 6b]] at a=1, b=2
print(torch.allclose(H, torch.autograd.functional.hessian(f, v)))
print(torch.equal(H, jacfwd(jacrev(f))(v)))  # what hessian is made of
