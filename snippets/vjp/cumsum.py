import torch
from torch.autograd.functional import jacobian

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = torch.cumsum(x, dim=0)  # [x0, x0 + x1, x0 + x1 + x2]
print(y)

J = jacobian(lambda t: torch.cumsum(t, dim=0), torch.tensor([1.0, 2.0, 3.0]))
print(J)

v = torch.tensor([1.0, 10.0, 100.0])
y.backward(v)
print(x.grad)  # x0 feeds all three outputs, x2 only the last
print(torch.equal(x.grad, v @ J))
