import torch
from torch.func import functional_call, grad, vmap

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.Tanh(), torch.nn.Linear(4, 1)).double()
X = torch.randn(6, 3, dtype=torch.float64)  # 6 samples
Y = torch.randn(6, 1, dtype=torch.float64)
params = {name: p.detach() for name, p in model.named_parameters()}


def sample_loss(params, x, y):  # written for ONE sample
    out = functional_call(model, params, (x.unsqueeze(0),))
    return ((out - y.unsqueeze(0)) ** 2).sum()


# One gradient per sample: map over the samples, share the parameters.
per_sample = vmap(grad(sample_loss), in_dims=(None, 0, 0))(params, X, Y)
print({name: tuple(g.shape) for name, g in per_sample.items()})

# The same with a Python loop: one backward per sample.
same = []
for i in range(len(X)):
    model.zero_grad()
    ((model(X[i : i + 1]) - Y[i : i + 1]) ** 2).sum().backward()
    for name, p in model.named_parameters():
        same.append(torch.allclose(per_sample[name][i], p.grad))
print(len(same), all(same))

# Summing the per-sample gradients gives the ordinary batch gradient, for every parameter.
model.zero_grad()
((model(X) - Y) ** 2).sum().backward()
summed = {name: per_sample[name].sum(0) for name in params}
print([torch.allclose(summed[name], p.grad) for name, p in model.named_parameters()])
# float64 keeps the rounding differences tiny; it does not promise they are zero.
print(
    max((summed[name] - p.grad).abs().max().item() for name, p in model.named_parameters()) < 1e-12
)
