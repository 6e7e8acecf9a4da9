import torch

x = torch.tensor([-1.0, 0.0, 4.0], requires_grad=True)
y = torch.where(x > 0, torch.sqrt(x), 0.0)
print(torch.sqrt(x.detach()))  # sqrt still runs on every element
print(y)  # where picks the right values

y.sum().backward()
print(x.grad)  # but the masked entries get nan

x.grad = None
z = torch.where(x != 0, 1 / x, 0.0)
z.sum().backward()
print(z, x.grad)  # 1/x at 0: inf in forward, nan in backward
