import torch
import torch.autograd.forward_ad as fwAD
from torch.func import functional_call, jvp

torch.manual_seed(0)
model = torch.nn.Linear(3, 2).double()
x = torch.randn(4, 3, dtype=torch.float64)
params = {name: p.detach() for name, p in model.named_parameters()}
# A direction in parameter space: nudge every weight and bias.
tangents = {name: torch.randn_like(p) for name, p in params.items()}

with fwAD.dual_level():
    duals = {name: fwAD.make_dual(p, tangents[name]) for name, p in params.items()}
    out = functional_call(model, duals, (x,))
    by_dual = fwAD.unpack_dual(out).tangent


def run(params):
    return functional_call(model, params, (x,))


_, by_jvp = jvp(run, (params,), (tangents,))
print(by_dual.shape, torch.allclose(by_dual, by_jvp))

# For a linear layer the answer is known: x @ dW.T + db.
print(torch.allclose(by_dual, x @ tangents["weight"].T + tangents["bias"]))
