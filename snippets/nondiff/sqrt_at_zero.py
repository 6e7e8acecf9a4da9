import torch

x = torch.tensor([0.0, 4.0], requires_grad=True)

torch.sqrt(x).sum().backward()
print(x.grad)  # 1 / (2 * sqrt(0)) = inf

x.grad = None
(x**0.5).sum().backward()
print(x.grad)  # pow gives the same

x.grad = None
(x**0.5 * 0).sum().backward()
print(x.grad)  # 0 * inf = nan, even though the term is multiplied by 0
