import torch
from torch import nn


class Mix(nn.Module):
    def forward(self, a, scale, b=None):  # called as Mix()(a, 2.0, b=b)
        return a * scale + b * 3


m = Mix()
m.register_forward_pre_hook(lambda m, args: print("args:", [type(v).__name__ for v in args]))
m.register_forward_pre_hook(
    lambda m, args, kwargs: print("with_kwargs=True, kwargs:", list(kwargs)), with_kwargs=True
)
m.register_full_backward_hook(
    lambda m, gin, gout: print("grad_input:", [None if g is None else g.tolist() for g in gin])
)

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([1.0, 2.0], requires_grad=True)
m(a, 2.0, b=b).sum().backward()
print("a.grad", a.grad, "b.grad", b.grad)  # b's gradient is computed all the same
