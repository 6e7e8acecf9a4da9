# raises: GradcheckError
import torch
from torch.autograd import Function
from torch.autograd.gradcheck import GradcheckError


class Square(Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * x  # wrong: the derivative of x*x is 2*x


print("GradcheckError is a RuntimeError:", issubclass(GradcheckError, RuntimeError))
x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
torch.autograd.gradcheck(Square.apply, (x,))
