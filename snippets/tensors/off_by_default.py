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

# Unless the operation has no derivative: a comparison gives a plain bool tensor.
print((w > 0).requires_grad, (w > 0).grad_fn)

# The exception: nn.Parameter, the class of a module's weights, requires grad by default.
print(torch.nn.Parameter(torch.zeros(3)).requires_grad)
