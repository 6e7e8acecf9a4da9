# raises: RuntimeError
import torch
from torch.func import grad


def f(x):
    return (x**2).sum().reshape(1)  # one number, but in a tensor of shape [1]


x = torch.tensor([1.0, 2.0], requires_grad=True)
f(x).backward()  # backward() accepts any one-element output
print(x.grad)

grad(f)(torch.tensor([1.0, 2.0]))  # grad wants an output with no dimensions
