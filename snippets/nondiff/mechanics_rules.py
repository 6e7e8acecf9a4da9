import torch
import torch.nn.functional as F


def grad_at(f, value):
    x = torch.tensor([value], requires_grad=True)
    f(x).sum().backward()
    return round(x.grad.item(), 4)


# Differentiable nearby, kink at 0: the subgradient of smallest size.
print("leaky_relu at 0:", grad_at(lambda t: F.leaky_relu(t, 0.1), 0.0))
# Defined, but the derivative grows without bound: the limit, inf.
print("sqrt at 0:", grad_at(torch.sqrt, 0.0))
# Not defined at all: usually nan, but not always.
print("sqrt at -1:", grad_at(torch.sqrt, -1.0))
print("log at -1:", grad_at(torch.log, -1.0))
