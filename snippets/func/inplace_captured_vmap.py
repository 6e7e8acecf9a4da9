# raises: RuntimeError
import torch
from torch.func import vmap

calls = torch.zeros(())  # a counter outside the function


def count(x):
    calls.add_(1)  # an in-place write, but of a value that is not batched
    return x * 2


vmap(count)(torch.ones(2, 3))
print(calls)  # allowed, and done once for the batch of two

total = torch.zeros(3)  # one running total, shape [3]


def f(x):
    print(x.shape)  # inside vmap, x looks like one sample
    total.add_(x)  # but it stands for the whole batch, shape [2, 3]
    return x * 2


vmap(f)(torch.ones(2, 3))
