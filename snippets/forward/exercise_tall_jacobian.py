import torch
from torch.func import jvp


def f(t):  # R^2 -> R^3
    return torch.stack([t[0] * t[1], t[0] ** 2, torch.sin(t[1])])


t = torch.tensor([1.5, -0.5], dtype=torch.float64)

# Two inputs, so two JVPs with one-hot tangents give the two columns.
columns = [jvp(f, (t,), (e,))[1] for e in torch.eye(2, dtype=torch.float64)]
J = torch.stack(columns, dim=1)
print(J.shape, len(columns))
print(torch.allclose(J, torch.autograd.functional.jacobian(f, t)))
