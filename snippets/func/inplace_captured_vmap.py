# raises: RuntimeError
import torch
from torch.func import vmap

total = torch.zeros(3)  # one running total, shape [3]


def f(x):
    total.add_(x)  # inside vmap, x stands for the whole batch, shape [2, 3]
    return x * 2


vmap(f)(torch.ones(2, 3))
