# raises: RuntimeError
import torch
from torch.autograd.function import once_differentiable


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(x):
        return x**3

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(inputs[0])

    @staticmethod
    @once_differentiable  # backward runs without recording a graph
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return 3 * x**2 * grad_output


x = torch.tensor([1.0, 2.0], requires_grad=True)
(g0,) = torch.autograd.grad(Cube.apply(x).sum(), x, create_graph=True)
print(g0, g0.requires_grad)  # from y.sum(): a constant gradient in, no history out

y = Cube.apply(x)
(g,) = torch.autograd.grad((y * y).sum(), x, create_graph=True)
print(g)  # the first derivative is fine: 6 x^5
print(g.grad_fn.name())  # but its "history" is an error node
g.sum().backward()
