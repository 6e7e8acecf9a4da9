import torch

a = torch.tensor([2.0, 1.0], requires_grad=True)
b = torch.tensor([2.0, 3.0], requires_grad=True)  # a tie in the first element

torch.maximum(a, b).sum().backward()
print(a.grad, b.grad)

a.grad, b.grad = None, None
torch.minimum(a, b).sum().backward()
print(a.grad, b.grad)
