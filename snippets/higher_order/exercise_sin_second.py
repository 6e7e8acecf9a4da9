import torch

x = torch.tensor([0.5, 1.0, 2.0, 3.0], requires_grad=True)
y = torch.sin(x)

# Each y_i depends only on x_i, so the gradient of the sum holds every dy_i/dx_i.
(dy,) = torch.autograd.grad(y.sum(), x, create_graph=True)
(d2y,) = torch.autograd.grad(dy.sum(), x)

print(torch.allclose(dy, torch.cos(x)))
print(torch.allclose(d2y, -torch.sin(x)))
print(d2y)
