# warns: UserWarning
import torch
from torch.utils.checkpoint import checkpoint

W = torch.tensor([[0.5, -1.0], [1.5, 0.25]], requires_grad=True)


def block(h):
    return (h @ W).sin().cos()


x = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])  # data: needs no grad

y = checkpoint(block, x)  # use_reentrant not given: a warning, and the old variant
print("default:             requires_grad =", y.requires_grad)
y = checkpoint(block, x, use_reentrant=True)
print("use_reentrant=True:  requires_grad =", y.requires_grad)
y = checkpoint(block, x, use_reentrant=False)
print("use_reentrant=False: requires_grad =", y.requires_grad)
y.sum().backward()
print(W.grad)
