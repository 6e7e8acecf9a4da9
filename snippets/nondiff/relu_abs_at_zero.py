import torch

x = torch.tensor([-1.0, 0.0, 1.0], requires_grad=True)

for name, f in [
    ("relu", torch.relu),
    ("clamp(min=0)", lambda t: t.clamp(min=0)),  # the same function as relu
    ("abs", torch.abs),
]:
    x.grad = None
    f(x).sum().backward()
    print(f"{name:13}", x.grad)
