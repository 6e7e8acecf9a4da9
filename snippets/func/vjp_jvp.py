import torch
from torch.autograd import functional as AF
from torch.func import jvp, vjp


def f(x):  # R^3 -> R^2
    return torch.stack([x[0] * x[1], x[1] + x[2] ** 2])


x = torch.tensor([1.0, 2.0, 3.0])
u = torch.tensor([1.0, 10.0])  # one weight per output
v = torch.tensor([1.0, 0.0, 0.0])  # one direction in input space

out, vjp_fn = vjp(f, x)  # forward now; vjp_fn runs the backward pass later
print(vjp_fn(u))  # a tuple: one product per argument of f, here one
(uJ,) = vjp_fn(u)
out2, Jv = jvp(f, (x,), (v,))  # forward and the tangent in one call
print(out, Jv)

J = AF.jacobian(f, x)
x_ = x.clone().requires_grad_()
(classic,) = torch.autograd.grad(f(x_), x_, grad_outputs=u)
print(
    torch.allclose(uJ, classic), torch.allclose(uJ, u @ J), torch.allclose(uJ, AF.vjp(f, x, u)[1])
)
print(torch.allclose(Jv, J @ v), torch.allclose(Jv, AF.jvp(f, x, v)[1]), torch.equal(out, out2))
