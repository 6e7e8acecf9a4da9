# raises: RuntimeError
import torch

x = torch.tensor(3.0, requires_grad=True)
y = x**2  # PowBackward0 saves x

x.detach().mul_(1)  # multiplies by 1: not a single value changes
print(torch.equal(x, torch.tensor(3.0)), x._version)
y.backward()  # the counter moved, so backward refuses anyway
