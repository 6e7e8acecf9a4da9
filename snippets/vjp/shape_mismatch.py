# raises: RuntimeError
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2

# v must already have y's shape; backward checks it, it does not set a shape.
v = torch.tensor([1.0, 1.0])
y.backward(v)
