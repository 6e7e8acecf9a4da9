import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x**3

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * 3 * x**2


x = torch.tensor([1.0, -2.0, 0.5], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(Cube.apply, (x,)))

y = Cube.apply(x)
y.sum().backward()
x2 = x.detach().clone().requires_grad_()
(x2**3).sum().backward()
print(y.grad_fn.name(), x.grad)
print(torch.equal(x.grad, x2.grad))  # the same as autograd's own x**3
