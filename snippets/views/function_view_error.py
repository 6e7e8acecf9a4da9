# raises: RuntimeError
import torch


class Flat(torch.autograd.Function):  # returns a view of its input
    @staticmethod
    def forward(ctx, t):
        return t.view(-1)

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output


x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
y = x * 2  # requires grad, not a leaf, as above
flat = Flat.apply(y)
print(flat._base is y, flat.grad_fn.name())
flat.mul_(2)
