# raises: RuntimeError
import torch

x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
y = x * 2  # requires grad, not a leaf: slices of y can be written (CopySlices)

with torch.no_grad():
    first_two = y[:2]  # a view, but created under no_grad
try:
    first_two.mul_(2)  # written with grad mode on
except RuntimeError as e:
    print(e)


class Flat(torch.autograd.Function):  # returns a view of its input
    @staticmethod
    def forward(ctx, t):
        return t.view(-1)

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output


flat = Flat.apply(y)
print(flat._base is y, flat.grad_fn.name())
flat.mul_(2)
