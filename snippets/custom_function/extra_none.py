import torch
from torch.autograd import Function


class Scale(Function):
    @staticmethod
    def forward(ctx, x, factor):
        ctx.factor = factor
        return x * factor

    @staticmethod
    def backward(ctx, grad_output):
        # Two inputs, four return values: the extra trailing Nones are accepted.
        return grad_output * ctx.factor, None, None, None


x = torch.tensor([1.0, 2.0], requires_grad=True)
Scale.apply(x, 3.0).sum().backward()
print(x.grad)


class ScaleExtraTensor(Scale):
    @staticmethod
    def backward(ctx, grad_output):
        return grad_output * ctx.factor, None, grad_output  # an extra tensor


try:
    ScaleExtraTensor.apply(x, 3.0).sum().backward()
except RuntimeError as error:
    print("RuntimeError:", error)
