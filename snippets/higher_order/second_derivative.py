import torch

x = torch.tensor(2.0, requires_grad=True)
y = x**3

# create_graph=True records the computation of the gradient itself.
(dy,) = torch.autograd.grad(y, x, create_graph=True)
print(dy, dy.grad_fn.name())

# dy is an ordinary tensor with a history, so it can be differentiated again.
(d2y,) = torch.autograd.grad(dy, x)
print(d2y)
