# graph: z
import torch
from torch.autograd import Function

received = []  # what forward was given, to compare with the caller's tensors


class MultiplyAdd(Function):
    @staticmethod
    def forward(ctx, w, x, b):
        received.append(w)
        print("forward got", type(w).__name__, "w.requires_grad:", w.requires_grad)
        print("grad mode:", torch.is_grad_enabled())
        wx = w * x  # not recorded: an intermediate without history
        print("w * x inside forward: requires_grad", wx.requires_grad, "grad_fn", wx.grad_fn)
        ctx.save_for_backward(w, x)  # what backward will need
        return wx + b

    @staticmethod
    def backward(ctx, grad_output):
        w, x = ctx.saved_tensors
        print("needs_input_grad:", ctx.needs_input_grad)
        grad_w = grad_output * x if ctx.needs_input_grad[0] else None
        grad_x = grad_output * w if ctx.needs_input_grad[1] else None
        return grad_w, grad_x, grad_output  # one gradient per forward input


w = torch.tensor([1.0, 2.0], requires_grad=True)
x = torch.tensor([3.0, 4.0])  # no grad needed
b = torch.tensor([0.5, 0.5], requires_grad=True)
z = MultiplyAdd.apply(w, x, b)  # always call through .apply
print("forward got the caller's own w:", received[0] is w)
print(z, z.grad_fn.name())
z.sum().backward()
print(w.grad, x.grad, b.grad)
