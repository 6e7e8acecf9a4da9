# raises: GradcheckError
import torch
from torch.autograd import gradcheck, gradgradcheck


class CubeCached(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(3 * x**2)  # the derivative, computed in forward
        return x**3

    @staticmethod
    def backward(ctx, grad_output):
        (derivative,) = ctx.saved_tensors
        return derivative * grad_output


x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
print(gradcheck(CubeCached.apply, (x,)))  # the first derivative is right

(g,) = torch.autograd.grad(CubeCached.apply(x).sum(), x, create_graph=True)
print(g, g.requires_grad)  # right values, but no history back to x

grad_outputs = (torch.ones(2, dtype=torch.float64, requires_grad=True),)
gradgradcheck(CubeCached.apply, (x,), grad_outputs)
