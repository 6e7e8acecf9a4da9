# raises: RuntimeError
import torch
from torch.func import grad

calls = torch.zeros(())  # a counter outside the function


def count(x):
    calls.add_(1)  # an in-place write of a constant, not of x
    return (x**2).sum()


try:
    grad(count)(torch.tensor([1.0, 2.0, 3.0]))
except RuntimeError as e:
    print("refused:", "would mutate a captured Tensor" in str(e), calls)

total = torch.zeros(3)  # state outside the function


def f(x):
    total.add_(x)  # mutates a tensor the function did not receive
    return (x**2).sum()


grad(f)(torch.tensor([1.0, 2.0, 3.0]))
