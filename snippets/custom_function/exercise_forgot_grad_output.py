import torch


class SquareBug(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x**2

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return 2 * x  # the bug: grad_output is never used


x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)

# A test through sum() passes: there grad_output is all ones.
SquareBug.apply(x).sum().backward()
print(x.grad, torch.equal(x.grad, 2 * x.detach()))

# Any other weights expose it: 10 * x^2 summed has the gradient 20 x.
x.grad = None
(10 * SquareBug.apply(x)).sum().backward()
print(x.grad, torch.equal(x.grad, 20 * x.detach()))

# gradcheck tries every one-hot grad_output and finds the bug.
print(torch.autograd.gradcheck(SquareBug.apply, (x,), raise_exception=False))
