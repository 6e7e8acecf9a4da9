import torch

x = torch.zeros(3, requires_grad=True)
torch.linalg.vector_norm(x).backward()
print(x.grad)  # a subgradient: 0

x.grad = None
torch.sqrt((x**2).sum()).backward()
print(x.grad)  # the same norm written by hand: inf * 0 = nan

y = torch.tensor([3.0, 4.0, 0.0], requires_grad=True)
torch.linalg.vector_norm(y).backward()
print(y.grad)  # away from 0 the gradient is y / |y|
