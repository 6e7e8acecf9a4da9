# raises: RuntimeError
import torch

x = torch.tensor([3.0], requires_grad=True)
y = x**2  # the graph saves x, since dy/dx = 2 * x
x.data *= 100
y.backward()
print(y)  # still 9: y was computed at x = 3
print(x.grad)  # 2 * 300, read from the changed x
print(2 * 3.0)  # the derivative at the point where y was computed

# The same change through .detach() is caught instead.
x = torch.tensor([3.0], requires_grad=True)
y = x**2
x.detach().mul_(100)
y.backward()
