import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x**3
v = torch.tensor([1.0, 0.5])
y.backward(v)

# J = diag(3 x^2) = diag(3, 12), so v^T J = (1 * 3, 0.5 * 12) = (3, 6).
print(x.grad)
print(torch.equal(x.grad, torch.tensor([3.0, 6.0])))

# The same as backward() on the weighted sum:
x2 = torch.tensor([1.0, 2.0], requires_grad=True)
(v * x2**3).sum().backward()
print(torch.equal(x.grad, x2.grad))
