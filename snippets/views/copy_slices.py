import torch

x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
y = x * 2
middle = y[1:3]
print(y.grad_fn.name(), middle.grad_fn.name())

middle.mul_(10)  # in place on a view of the non-leaf y
print(y.grad_fn.name(), middle.grad_fn.name())
print(y)

y.sum().backward()
print(x.grad)

# The same computation written out of place
x2 = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
y2 = x2 * 2
y2 = torch.cat([y2[:1], y2[1:3] * 10, y2[3:]])
y2.sum().backward()
print(torch.equal(y.detach(), y2.detach()), torch.equal(x.grad, x2.grad))
