import torch
from torch.func import grad


def loss_and_pred(w, x, y):
    pred = x @ w
    loss = ((pred - y) ** 2).mean()
    return loss, pred  # the loss to differentiate, and something to keep


w = torch.tensor([0.5, -1.0])
x = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
y = torch.tensor([1.0, 0.0, -1.0])

g, pred = grad(loss_and_pred, has_aux=True)(w, x, y)
print(g, pred)

w_ = w.clone().requires_grad_()
(classic,) = torch.autograd.grad(loss_and_pred(w_, x, y)[0], w_)
print(torch.allclose(g, classic))
