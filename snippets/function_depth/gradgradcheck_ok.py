import torch
from torch.autograd import gradcheck, gradgradcheck


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(x):
        return x**3

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(inputs[0])

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return 3 * x**2 * grad_output  # torch ops on a saved input: differentiable


x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
(g,) = torch.autograd.grad(Cube.apply(x).sum(), x, create_graph=True)
print(g)  # 3x^2, with a grad_fn of its own
(gg,) = torch.autograd.grad(g.sum(), x)
print(gg)  # 6x

grad_outputs = (torch.ones(2, dtype=torch.float64, requires_grad=True),)
print(gradcheck(Cube.apply, (x,)))
print(gradgradcheck(Cube.apply, (x,), grad_outputs))
