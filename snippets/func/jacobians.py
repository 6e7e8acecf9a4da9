import torch
from torch.autograd.functional import jacobian
from torch.func import jacfwd, jacrev


def f(x):  # R^3 -> R^2
    return torch.stack([x[0] * x[1], x[1] + x[2] ** 2])


x = torch.tensor([1.0, 2.0, 3.0])
J_rev = jacrev(f)(x)  # row by row: one vector-Jacobian product per output
J_fwd = jacfwd(f)(x)  # column by column: one Jacobian-vector product per input
print(J_rev)

J_classic = jacobian(f, x)
J_classic_fwd = jacobian(f, x, vectorize=True, strategy="forward-mode")
print(torch.allclose(J_rev, J_classic), torch.allclose(J_fwd, J_classic_fwd))
