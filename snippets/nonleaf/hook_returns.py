import torch

w = torch.tensor([0.25, 0.5, 0.75], requires_grad=True)
y = w * torch.tensor([1.0, 2.0, 3.0])
y.retain_grad()


def double(grad):
    return grad * 2  # a returned tensor replaces the gradient


y.register_hook(double)
y.sum().backward()
print(y.grad)  # dz/dy is ones; the hook made it twos
print(w.grad)  # without the hook it would be [1., 2., 3.]
