import torch
from torch.autograd import Function


class RoundSTE(Function):
    """Round in the forward pass, pretend to be the identity in the backward pass."""

    @staticmethod
    def forward(ctx, x):
        return torch.round(x)

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output


x = torch.tensor([0.2, 0.7, 1.4, 2.6], requires_grad=True)
torch.round(x).sum().backward()
print(x.grad)  # round is flat almost everywhere: no learning signal

x.grad = None
y = RoundSTE.apply(x)
y.sum().backward()
print(y, x.grad)
