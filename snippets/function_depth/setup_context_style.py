import torch
from torch.func import grad


class Sin(torch.autograd.Function):
    @staticmethod
    def forward(x):  # no ctx: forward only computes
        return x.sin()

    @staticmethod
    def setup_context(ctx, inputs, output):  # saving happens here
        (x,) = inputs
        ctx.save_for_backward(x)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * x.cos()


x = torch.tensor(1.0, requires_grad=True)
y = Sin.apply(x)
print(y.grad_fn.name())
y.backward()
print(x.grad)

print(grad(Sin.apply)(torch.tensor(1.0)))  # torch.func.grad works now
print(grad(grad(torch.sin))(torch.tensor(1.0)))  # -sin(1), for comparison
print(grad(grad(Sin.apply))(torch.tensor(1.0)))  # and twice, since backward uses torch ops
