# raises: RuntimeError
import torch
from torch.func import grad, vmap


class Sin(torch.autograd.Function):
    generate_vmap_rule = True  # let torch.func derive the batching rule

    @staticmethod
    def forward(x):
        return x.sin()

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(inputs[0])

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * x.cos()


class SinNoRule(Sin):
    generate_vmap_rule = False  # the default


xs = torch.tensor([0.0, 1.0, 2.0])
print(vmap(Sin.apply)(xs))
print(vmap(grad(Sin.apply))(xs))  # per-element derivatives: cos
print(torch.cos(xs))
vmap(SinNoRule.apply)(xs)
