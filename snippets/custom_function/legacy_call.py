# raises: RuntimeError
# warns: DeprecationWarning
import torch
from torch.autograd import Function


class Double(Function):  # the old style: plain methods, called on an instance
    def forward(self, x):
        return x * 2

    def backward(self, grad_output):
        return grad_output * 2


x = torch.tensor([1.0, 2.0], requires_grad=True)
y = Double()(x)
