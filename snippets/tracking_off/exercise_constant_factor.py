import torch

x = torch.tensor(2.0, requires_grad=True)
with torch.no_grad():
    y = x**2  # the value 4, recorded as a constant
z = x * y
z.backward()

# z has the value x^3 = 8, but autograd only saw z = x * (constant 4),
# so the gradient is 4, not d(x^3)/dx = 3 x^2 = 12.
print(z.item(), x.grad.item())
print(x.grad.item() == y.item(), x.grad.item() == 3 * 2.0**2)
