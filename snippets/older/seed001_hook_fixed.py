import torch

x = torch.ones(3)  # no Variable: tensors take part in autograd directly
w = torch.rand(3, requires_grad=True)
y = w.mul(x)
z = y.sum()


def show_grad(grad):
    print("hook:", grad)  # returns None, so the gradient is left as it is


handle = y.register_hook(show_grad)
z.backward(retain_graph=True)
handle.remove()
print("autograd.grad:", torch.autograd.grad(z, y))
