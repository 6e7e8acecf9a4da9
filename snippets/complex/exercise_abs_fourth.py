import torch

z = torch.tensor([1.0 + 2.0j, -3.0 + 0.5j], requires_grad=True)
(z.abs() ** 4).sum().backward()  # L = (x^2 + y^2)^2

# dL/dx = 4x(x^2 + y^2), dL/dy = 4y(x^2 + y^2), so dL/dx + i dL/dy = 4|z|^2 z
expected = 4 * z.detach().abs() ** 2 * z.detach()
print(z.grad)
print(torch.allclose(z.grad, expected))
