import torch

x = torch.tensor(1.0, requires_grad=True)
y1 = x**2
y2 = x**3  # computed outside no_grad: now it is recorded
y3 = y1 + y2
y3.backward()
print(y3, x.grad)  # d(x^2 + x^3)/dx = 2x + 3x^2 = 5 at x = 1
