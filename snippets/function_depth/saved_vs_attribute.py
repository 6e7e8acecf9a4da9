# raises: RuntimeError
import torch


class SquareAttr(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.x = x  # a plain attribute: autograd does not know about it
        return x * x

    @staticmethod
    def backward(ctx, grad_output):
        return 2 * ctx.x * grad_output


class SquareSaved(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)  # autograd records x and its version
        return x * x

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return 2 * x * grad_output


for Square in (SquareAttr, SquareSaved):
    w = torch.tensor([1.0, 2.0], requires_grad=True)
    loss = Square.apply(w).sum()
    with torch.no_grad():
        w.add_(10.0)  # e.g. an optimizer step before backward
    loss.backward()
    print(Square.__name__, w.grad, "correct:", 2 * torch.tensor([1.0, 2.0]))
