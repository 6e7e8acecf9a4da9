import torch
from torch.autograd.functional import jacobian

x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
z = (2 * x).view(2, 2)
print(z)

v = torch.tensor([[1.0, 0.1], [0.01, 0.001]])
z.backward(v)
print(x.grad)

# Check against v^T J, with the 2x2 output flattened to 4 rows of J.
J = jacobian(lambda t: (2 * t).view(2, 2), torch.tensor([1.0, 2.0, 3.0, 4.0]))
print(J.shape)
print(torch.equal(x.grad, v.flatten() @ J.reshape(4, 4)))
