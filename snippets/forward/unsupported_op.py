# raises: NotImplementedError
import torch
import torch.autograd.forward_ad as fwAD
from torch.func import jacrev

a = torch.tensor([[0.0, 0.0], [3.0, 4.0]])
b = torch.tensor([[0.0, 1.0]])
print(jacrev(torch.cdist)(a, b).shape)  # reverse mode: cdist has a rule

with fwAD.dual_level():
    dual_a = fwAD.make_dual(a, torch.ones_like(a))
    # Distances from each row of a to b, by broadcasting: these ops have forward rules.
    d = ((dual_a[:, None, :] - b[None, :, :]) ** 2).sum(-1).sqrt()
    primal, tangent = fwAD.unpack_dual(d)
    print(primal.flatten(), tangent.flatten())
    torch.cdist(dual_a, b)  # the same distances, but cdist has no forward rule
