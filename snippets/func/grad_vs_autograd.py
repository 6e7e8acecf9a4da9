import torch
from torch.func import grad, grad_and_value


def loss(w, x):
    return ((x @ w) ** 2).sum()


w = torch.tensor([1.0, -1.0])
x = torch.tensor([[1.0, 2.0], [3.0, 5.0]])

g = grad(loss)(w, x)  # gradient with respect to argument 0
gw, gx = grad(loss, argnums=(0, 1))(w, x)  # or several arguments
gw2, value = grad_and_value(loss)(w, x)  # gradient and f(w, x) in one call
print(g, value)

# The classic API: inputs that require grad, a graph, then autograd.grad.
w_ = w.clone().requires_grad_()
x_ = x.clone().requires_grad_()
cw, cx = torch.autograd.grad(loss(w_, x_), (w_, x_))
print(torch.allclose(g, cw), torch.allclose(gw, cw), torch.allclose(gx, cx))
print(torch.equal(g, gw2))
