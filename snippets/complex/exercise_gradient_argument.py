import torch

z = torch.tensor(1.0 + 1.0j, requires_grad=True)

(z * z).backward(gradient=torch.tensor(1.0 + 0.0j))
with_one = z.grad
z.grad = None
(z * z).real.backward()  # Re(z^2) = x^2 - y^2
print(with_one, z.grad, torch.equal(with_one, z.grad))

z.grad = None
(z * z).backward(gradient=torch.tensor(1.0j))
with_i = z.grad
z.grad = None
(z * z).imag.backward()  # Im(z^2) = 2xy
print(with_i, z.grad, torch.equal(with_i, z.grad))
