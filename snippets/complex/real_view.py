import torch

z = torch.tensor([1.0 + 2.0j, -3.0 + 0.5j], requires_grad=True)
(z * z.conj() * z.real).real.sum().backward()  # L = (x^2 + y^2) x

# The same loss on the real and imaginary parts as two real tensors
x = torch.tensor([1.0, -3.0], requires_grad=True)
y = torch.tensor([2.0, 0.5], requires_grad=True)
((x**2 + y**2) * x).sum().backward()

print(z.grad)
print(x.grad, y.grad)
print(torch.allclose(z.grad, torch.complex(x.grad, y.grad)))  # z.grad = dL/dx + i dL/dy
