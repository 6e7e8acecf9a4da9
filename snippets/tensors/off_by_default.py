import torch

# requires_grad is False unless you ask for it, and then nothing is recorded.
a = torch.tensor([1.0, 2.0, 3.0])
b = a * 3
print(a.requires_grad, b.requires_grad)
print(b.grad_fn)

# One input that requires grad is enough for the result to be tracked.
w = torch.tensor([0.5, 0.5, 0.5], requires_grad=True)
c = a * w
print(c.requires_grad, c.grad_fn.name())

# An input the operation does not differentiate does not count: view_as reads only w's shape.
print(a.view_as(w).requires_grad, a.view_as(w).grad_fn)

# Unless the operation has no derivative: a comparison gives a plain bool tensor.
print((w > 0).requires_grad, (w > 0).grad_fn)

# The exception: nn.Parameter, the class of a module's weights, requires grad by default.
print(torch.nn.Parameter(torch.zeros(3)).requires_grad)
