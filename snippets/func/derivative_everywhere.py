import torch
from torch.func import grad, vmap


def f(x):
    return torch.sin(x) * x


df = grad(f)  # a new function: x -> f'(x), for a scalar x
xs = torch.tensor([0.0, 1.0, 2.0, 3.0])

print(df(xs[1]))  # one point
print(vmap(df)(xs))  # every point at once
print(torch.cos(xs) * xs + torch.sin(xs))  # f'(x) by hand
