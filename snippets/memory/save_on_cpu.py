import torch
from torch.autograd.graph import save_on_cpu, saved_tensors_hooks

x = torch.tensor([0.5, 1.0, 1.5], requires_grad=True)


def f(x):
    return (x.sin() * x).sum()


f(x).backward()
plain = x.grad
x.grad = None

ctx = save_on_cpu()
print(isinstance(ctx, saved_tensors_hooks))  # it is a pair of pack/unpack hooks
device, stored = ctx.pack_hook(x)  # what it does to each saved tensor
print("stored on:", stored.device.type)
back = ctx.unpack_hook((device, stored))
print("restored to the original device:", back.device == x.device, torch.equal(back, x))

with ctx:
    f(x).backward()
print(x.grad, torch.equal(x.grad, plain))
