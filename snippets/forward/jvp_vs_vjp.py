import torch
from torch.func import jvp, vjp


def f(x):  # R^3 -> R^2
    return torch.stack([x[0] * x[1], torch.exp(x[2]) * x[1]])


x = torch.tensor([1.0, 2.0, 0.5], dtype=torch.float64)
v = torch.tensor([1.0, -1.0, 2.0], dtype=torch.float64)  # input direction
u = torch.tensor([1.0, 10.0], dtype=torch.float64)  # output weights

J = torch.autograd.functional.jacobian(f, x)
_, Jv = jvp(f, (x,), (v,))  # forward mode: J v, one entry per output
_, vjp_fn = vjp(f, x)
(uJ,) = vjp_fn(u)  # reverse mode: u^T J, one entry per input
print(tuple(J.shape), tuple(Jv.shape), tuple(uJ.shape))

# Both are slices of the same matrix: u . (J v) = (u^T J) . v
print(torch.allclose(u @ Jv, uJ @ v), torch.allclose(u @ Jv, u @ J @ v))
