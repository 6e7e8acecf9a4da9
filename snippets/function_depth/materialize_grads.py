import torch


class TwoOutputs(torch.autograd.Function):
    @staticmethod
    def forward(x, materialize):
        return x * 2, x * 3

    @staticmethod
    def setup_context(ctx, inputs, output):
        _, materialize = inputs
        ctx.set_materialize_grads(materialize)  # the default is True

    @staticmethod
    def backward(ctx, grad_a, grad_b):
        print("  grad_a:", grad_a, "grad_b:", grad_b)
        grad = 2 * grad_a
        if grad_b is not None:  # needed once materialize_grads is off
            grad = grad + 3 * grad_b
        return grad, None


for materialize in (True, False):
    print("materialize_grads", materialize)
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    a, b = TwoOutputs.apply(x, materialize)
    a.sum().backward()  # b is not used
    print("  x.grad", x.grad)
