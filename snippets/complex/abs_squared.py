import torch

z = torch.tensor([1.0 + 2.0j, -3.0 + 0.5j], requires_grad=True)
loss = (z * z.conj()).real.sum()  # real-valued: |z|^2 = z conj(z) = x^2 + y^2
loss.backward()
print(z.grad)
print(torch.equal(z.grad, 2 * z))  # dL/dx + i dL/dy = 2x + 2iy

z.grad = None
(z.abs() ** 2).sum().backward()  # the same loss, written with abs()
print(torch.allclose(z.grad, 2 * z))

z.grad = None
z.real.sum().backward()  # L = x: dL/dx = 1, dL/dy = 0
print(z.grad)

z.grad = None
z.imag.sum().backward()  # L = y: dL/dx = 0, dL/dy = 1
print(z.grad)
