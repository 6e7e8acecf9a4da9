import torch
from torch.autograd import Function


class MultiplyAdd(Function):
    @staticmethod
    def forward(ctx, w, x, b):
        ctx.save_for_backward(w, x)
        return w * x + b

    @staticmethod
    def backward(ctx, grad_output):
        w, x = ctx.saved_tensors
        return grad_output * x, grad_output * w, grad_output


# gradcheck compares backward with finite differences: use float64 inputs.
w = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
x = torch.tensor([3.0, 4.0], dtype=torch.float64, requires_grad=True)
b = torch.tensor([0.5, 0.5], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(MultiplyAdd.apply, (w, x, b)))
