import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)

out = torch.zeros(3, 2)
for i in range(3):
    out[i] = x * (i + 1)  # each row written in place
print(out.grad_fn.name(), out._version)

out.sum().backward()
print(x.grad)  # 1 + 2 + 3 = 6 for each entry

x2 = torch.tensor([1.0, 2.0], requires_grad=True)
torch.stack([x2 * (i + 1) for i in range(3)]).sum().backward()
print(torch.equal(x.grad, x2.grad))
