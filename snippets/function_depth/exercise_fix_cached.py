import torch
from torch.autograd import gradgradcheck


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)  # save the input, not 3 * x**2
        return x**3

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return 3 * x**2 * grad_output  # recomputed from x, with history


x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
grad_outputs = (torch.ones(2, dtype=torch.float64, requires_grad=True),)
print(gradgradcheck(Cube.apply, (x,), grad_outputs))

(g,) = torch.autograd.grad(Cube.apply(x).sum(), x, create_graph=True)
(gg,) = torch.autograd.grad(g.sum(), x)
print(gg)  # 6x
