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


def local(x):
    buf = torch.zeros(3)  # created inside the function: not captured
    buf.add_(x)  # allowed
    return (buf**2).sum()


print(grad(local)(torch.tensor([1.0, 2.0, 3.0])))

total = torch.zeros(3)  # state outside the function


def f(x):
    total.add_(x)  # mutates a tensor the function did not receive
    return (x**2).sum()


grad(f)(torch.tensor([1.0, 2.0, 3.0]))
