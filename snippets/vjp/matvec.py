import torch
from torch.autograd.functional import jacobian

A = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
x = torch.tensor([1.0, 1.0, 1.0], requires_grad=True)
y = A @ x  # two outputs, each depends on all three inputs

v = torch.tensor([1.0, 10.0])
y.backward(v)
print(x.grad)  # 1 * row 0 of A + 10 * row 1 of A

J = jacobian(lambda t: A @ t, torch.tensor([1.0, 1.0, 1.0]))
print(J)  # the Jacobian of A @ x is A itself
print(torch.equal(x.grad, v @ J))
