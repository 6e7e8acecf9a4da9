import torch

# The seed notes' example, without the old Variable wrapper and with fixed w.
x = torch.ones(3)
w = torch.tensor([0.25, 0.5, 0.75], requires_grad=True)
y = w.mul(x)
z = y.sum()


def show_grad(grad):
    print("hook sees:", grad)  # returns None: the gradient is left as it is


handle = y.register_hook(show_grad)
z.backward(retain_graph=True)  # the hook runs during this call
handle.remove()

print("autograd.grad:", torch.autograd.grad(z, y))
