# raises: TypeError
import torch
from torch.func import grad


def f(x):
    return (x**2).sum()


x = torch.tensor([1.0, 2.0, 3.0])
print(grad(f)(x))  # no requires_grad needed: grad builds what it needs

x_tracked = x.clone().requires_grad_()
print(grad(f)(x_tracked))  # allowed: the result is itself differentiable

df = grad(f(x))  # accepted: grad does not check what it is given
df(x)  # calling the result calls the tensor f(x)
