# raises: RuntimeError
import torch
from torch.func import grad

total = torch.zeros(3)  # state outside the function


def f(x):
    total.add_(x)  # mutates a tensor the function did not receive
    return (x**2).sum()


grad(f)(torch.tensor([1.0, 2.0, 3.0]))
