# raises: NotImplementedError
import inspect

import torch
from torch.func import hessian, jacrev

# The body of torch.func.hessian in the installed torch: forward over reverse.
print(inspect.getsource(hessian).splitlines()[-1].strip())


class Cube(torch.autograd.Function):  # a backward rule, but no forward-mode (jvp) rule
    generate_vmap_rule = True

    @staticmethod
    def forward(x):
        return x**3

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(inputs[0])

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * 3 * x**2


def f(x):
    return Cube.apply(x).sum()


x = torch.tensor([1.0, 2.0])
print(jacrev(jacrev(f))(x))  # reverse over reverse needs no forward rule: 6x on the diagonal
hessian(f)(x)  # the outer jacfwd asks Cube for a forward-mode rule
