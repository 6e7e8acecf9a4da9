import torch
from torch.func import functional_call, grad

torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
x = torch.randn(5, 3)
y = torch.randn(5, 1)
params = {name: p.detach() for name, p in model.named_parameters()}
print(list(params))

# Run the module with parameters passed in, not the ones it holds.
zeros = {name: torch.zeros_like(p) for name, p in params.items()}
print(functional_call(model, zeros, (x,)).flatten())
print(torch.allclose(model(x), functional_call(model, params, (x,))))  # model unchanged


def loss(params, x, y):
    return ((functional_call(model, params, (x,)) - y) ** 2).mean()


g = grad(loss)(params, x, y)  # a dict of gradients, keyed like params
print({name: t.shape for name, t in g.items()})

((model(x) - y) ** 2).mean().backward()  # the classic way fills .grad
print(torch.allclose(g["weight"], model.weight.grad))
print(torch.allclose(g["bias"], model.bias.grad))
