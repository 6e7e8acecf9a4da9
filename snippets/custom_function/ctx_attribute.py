# raises: RuntimeError
import torch
from torch.autograd import Function


class SquareAttr(Function):
    @staticmethod
    def forward(ctx, x):
        ctx.x = x  # a tensor stored as a plain attribute: no version check
        return x * x

    @staticmethod
    def backward(ctx, grad_output):
        return 2 * ctx.x * grad_output


class SquareSaved(Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)  # the rule for every tensor backward needs
        return x * x

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return 2 * x * grad_output


x = torch.tensor([1.0, 2.0], requires_grad=True)
y_attr = SquareAttr.apply(x)
y_saved = SquareSaved.apply(x)
with torch.no_grad():
    x.mul_(10)  # x changes after both forward passes

y_attr.sum().backward()
print(x.grad)  # 2 * [10, 20]: the derivative at the new x, without a word
x.grad = None
y_saved.sum().backward()  # the saved version notices the change
