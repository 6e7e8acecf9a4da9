# raises: RuntimeError
import torch

w = torch.tensor([1.0], requires_grad=True)
(3 * w).sum().backward()

# An update written as ordinary autograd arithmetic on a leaf that requires grad:
w -= 0.1 * w.grad
