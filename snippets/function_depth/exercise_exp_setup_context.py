import torch
from torch.autograd import gradcheck, gradgradcheck
from torch.func import grad, vmap


class Exp(torch.autograd.Function):
    generate_vmap_rule = True

    @staticmethod
    def forward(x):
        return x.exp()

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(output)  # exp' = exp: save the output

    @staticmethod
    def backward(ctx, grad_output):
        (result,) = ctx.saved_tensors
        return grad_output * result


xs = torch.tensor([0.0, 1.0, 2.0])
print(vmap(grad(Exp.apply))(xs))
print(torch.equal(vmap(grad(Exp.apply))(xs), xs.exp()))

x = torch.tensor([0.5, -1.0], dtype=torch.float64, requires_grad=True)
grad_outputs = (torch.ones(2, dtype=torch.float64, requires_grad=True),)
print(gradcheck(Exp.apply, (x,)), gradgradcheck(Exp.apply, (x,), grad_outputs))
