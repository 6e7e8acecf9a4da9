import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x**2
y.retain_grad()
z = (3 * y).sum()
z.backward()

# By hand: dz/dy = 3 for every element; dz/dx = 3 * 2x = 6x.
print(y.grad, x.grad)
print(torch.equal(y.grad, torch.full((3,), 3.0)))
print(torch.equal(x.grad, 6 * x.detach()))
