# raises: RuntimeError
import torch
from torch.func import vmap

total = torch.zeros(3)  # one running total, shape [3]


def f(x):
    print(x.shape)  # inside vmap, x looks like one sample
    total.add_(x)  # but it stands for the whole batch, shape [2, 3]
    return x * 2


vmap(f)(torch.ones(2, 3))
