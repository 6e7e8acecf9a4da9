import torch
from torch.autograd import Function


class Scale(Function):
    @staticmethod
    def forward(ctx, x, factor):
        ctx.factor = factor  # a Python number: store it on ctx directly
        return x * factor

    @staticmethod
    def backward(ctx, grad_output):
        # factor is not a tensor and has no gradient: return None in its place.
        return grad_output * ctx.factor, None


x = torch.tensor([1.0, 2.0], requires_grad=True)
y = Scale.apply(x, 3.0)
y.sum().backward()
print(y, x.grad)
