import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

out = torch.zeros(3)  # a preallocated buffer, filled in place
out[0] = x[0] * 2
out[1] = x[1] ** 2
out[2] = x[2].sin()
print(out.requires_grad, out.grad_fn.name(), out._version)

out.sum().backward()
print(x.grad)
expected = torch.stack([torch.tensor(2.0), 2 * x[1], x[2].cos()]).detach()
print(torch.allclose(x.grad, expected))
