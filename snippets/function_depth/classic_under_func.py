# raises: RuntimeError
import torch
from torch.func import grad


class Sin(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):  # the classic style: ctx comes with forward
        ctx.save_for_backward(x)
        return x.sin()

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * x.cos()


x = torch.tensor(1.0, requires_grad=True)
Sin.apply(x).backward()
print(x.grad)  # cos(1) = 0.5403: backward() is happy

grad(Sin.apply)(torch.tensor(1.0))  # torch.func.grad is not
