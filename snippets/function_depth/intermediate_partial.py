import torch
from torch.autograd import gradgradcheck


class Pow6(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        x2 = x * x
        ctx.save_for_backward(x, x2)  # an input and an intermediate
        return x2**3

    @staticmethod
    def backward(ctx, grad_output):
        x, x2 = ctx.saved_tensors
        return grad_output * 6 * x * x2**2  # 6 x^5: right, but x2 has no history


x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
(g,) = torch.autograd.grad(Pow6.apply(x).sum(), x, create_graph=True)
print(g)  # 6 x^5, and it has a grad_fn: through x, not through x2
(gg,) = torch.autograd.grad(g.sum(), x)
print("through Pow6:", gg)  # 6 x^4: x2 treated as a constant

(g_true,) = torch.autograd.grad((x**6).sum(), x, create_graph=True)
print("true 30 x^4: ", torch.autograd.grad(g_true.sum(), x)[0])

grad_outputs = (torch.ones(2, dtype=torch.float64, requires_grad=True),)
print("gradgradcheck:", gradgradcheck(Pow6.apply, (x,), grad_outputs, raise_exception=False))
