# raises: RuntimeError
import torch
from torch.func import grad, vmap


def f(x):
    scale = x.sum().item()  # a Python float: autograd cannot see through it
    return scale * x.sum()  # the true derivative is 2 * x.sum() = 12


x = torch.tensor([1.0, 2.0, 3.0])
print(grad(f)(x))  # no error, but scale was treated as a constant

vmap(f)(torch.ones(2, 3))
