# raises: RuntimeError
import torch
import torch.autograd.forward_ad as fwAD

x = torch.tensor([1.0, 2.0])
with fwAD.dual_level():
    y = fwAD.make_dual(x, torch.ones(2)) * 3
    print(fwAD.unpack_dual(y).tangent)  # inside the level: tensor([3., 3.])

print(fwAD.unpack_dual(y).tangent)  # after it: the tangent is gone
print(y)

fwAD.make_dual(x, torch.ones(2))  # no level open
