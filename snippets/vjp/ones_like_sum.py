import torch

# v = ones: backward(v) on y equals backward() on y.sum().
a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = a * a
y.backward(torch.ones_like(y))

b = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
(b * b).sum().backward()
print(a.grad, b.grad, torch.equal(a.grad, b.grad))

# Any v: backward(v) on y equals backward() on the weighted sum (v * y).sum().
v = torch.tensor([1.0, 0.5, 0.25])
c = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
(c * c).backward(v)

d = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
(v * (d * d)).sum().backward()
print(c.grad, d.grad, torch.equal(c.grad, d.grad))
