import torch
from torch.func import jacfwd, jacrev


def wide(x):  # 6 inputs -> 2 outputs: J is 2 x 6
    return torch.stack([x.sum(), (x**2).sum()])


def tall(t):  # 2 inputs -> 6 outputs: J is 6 x 2
    k = torch.arange(1.0, 4.0, dtype=t.dtype)
    return torch.cat([torch.sin(k * t[0]), torch.cos(k * t[1])])


x = torch.linspace(-1, 1, 6, dtype=torch.float64)
t = torch.tensor([0.5, -0.25], dtype=torch.float64)
for name, fn, inp in [("wide", wide, x), ("tall", tall, t)]:
    J_rev, J_fwd = jacrev(fn)(inp), jacfwd(fn)(inp)
    print(name, tuple(J_rev.shape), torch.allclose(J_rev, J_fwd))
