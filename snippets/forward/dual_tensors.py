import torch
import torch.autograd.forward_ad as fwAD

x = torch.tensor([1.0, 2.0, 3.0])
v = torch.tensor([1.0, 0.5, 0.0])  # the tangent: a direction, x's shape

with fwAD.dual_level():
    d = fwAD.make_dual(x, v)
    print(d)  # a dual tensor prints its tangent
    y = d**2  # tangent of x^2 is 2 x v
    print(y)
    unpacked = fwAD.unpack_dual(y)
    print(type(unpacked).__name__, unpacked.tangent)
    print(fwAD.unpack_dual(torch.exp(x)).tangent)  # x itself has no tangent
    print(y.requires_grad, y.grad_fn)  # no graph is recorded
    w = x.clone().requires_grad_()  # an input that requires grad: reverse mode records
    print((fwAD.make_dual(w, v) ** 2).grad_fn.name())
