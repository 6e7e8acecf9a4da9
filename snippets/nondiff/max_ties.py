import torch

x = torch.tensor([1.0, 3.0, 3.0], requires_grad=True)  # the maximum, 3, twice


def grad_of(f):
    x.grad = None
    f(x).sum().backward()
    return x.grad


print("torch.max(x)   ", grad_of(torch.max))
print("torch.amax(x)  ", grad_of(torch.amax))
print("torch.min(-x)  ", grad_of(lambda t: torch.min(-t)))
print("max(x, dim=0)  ", grad_of(lambda t: torch.max(t, dim=0).values))
print("its index      ", torch.max(x, dim=0).indices)
