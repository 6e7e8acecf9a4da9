import torch

x = torch.tensor([-1.0, 0.0, 1.0], requires_grad=True)
y = x + 1
print([n for n in dir(y.grad_fn) if n.startswith("_saved")])  # a number, no tensor
y.add_(1)  # so changing y in place is safe
y.sigmoid().sum().backward()  # sigmoid saves its output, never changed
print(y._version, x.grad)

x2 = torch.tensor([-1.0, 0.0, 1.0], requires_grad=True)
(x2 + 1 + 1).sigmoid().sum().backward()  # the same, out of place
print(torch.allclose(x.grad, x2.grad))
