import torch
from torch.autograd.graph import saved_tensors_hooks


def pack(t):
    print("  pack", t.tolist())
    return t


def unpack(t):
    print("  unpack", t.tolist())
    return t


class SquareAttr(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.x = x
        return x * x

    @staticmethod
    def backward(ctx, grad_output):
        return 2 * ctx.x * grad_output


class SquareSaved(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return 2 * x * grad_output


for Square in (SquareAttr, SquareSaved):
    print(Square.__name__)
    w = torch.tensor([1.0, 2.0], requires_grad=True)
    with saved_tensors_hooks(pack, unpack):
        loss = Square.apply(w).sum()
    loss.backward()
    print("  grad", w.grad)
