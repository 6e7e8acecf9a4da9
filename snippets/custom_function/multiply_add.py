# graph: z
import torch
from torch.autograd import Function


class MultiplyAdd(Function):
    @staticmethod
    def forward(ctx, w, x, b):
        # The caller's own tensors: w still requires grad; only grad mode is off.
        print("forward got", type(w).__name__, "w.requires_grad:", w.requires_grad)
        print("grad mode:", torch.is_grad_enabled())
        ctx.save_for_backward(w, x)  # what backward will need
        return w * x + b

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
print(z, z.grad_fn.name())
z.sum().backward()
print(w.grad, x.grad, b.grad)
