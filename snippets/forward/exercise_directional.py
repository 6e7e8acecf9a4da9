import torch
import torch.autograd.forward_ad as fwAD


def f(p):
    x, y = p
    return x**2 * y


p = torch.tensor([1.0, 2.0])
direction = torch.tensor([1.0, 1.0])

with fwAD.dual_level():
    slope = fwAD.unpack_dual(f(fwAD.make_dual(p, direction))).tangent
print(slope)  # (2xy, x^2) . (1, 1) = 4 + 1

p_ = p.clone().requires_grad_()
f(p_).backward()
print(p_.grad, torch.allclose(slope, p_.grad @ direction))
