import torch
import torch.autograd.forward_ad as fwAD
from torch.func import jvp


def f(x):  # R^3 -> R^2
    return torch.stack([x[0] * x[1], torch.exp(x[2]) * x[1]])


x = torch.tensor([1.0, 2.0, 0.5], dtype=torch.float64)
v = torch.tensor([1.0, -1.0, 2.0], dtype=torch.float64)

with fwAD.dual_level():
    Jv_dual = fwAD.unpack_dual(f(fwAD.make_dual(x, v))).tangent

_, Jv_func = jvp(f, (x,), (v,))
J = torch.autograd.functional.jacobian(f, x)  # built by reverse mode
print(Jv_dual)
print(torch.allclose(Jv_dual, Jv_func), torch.allclose(Jv_dual, J @ v))
