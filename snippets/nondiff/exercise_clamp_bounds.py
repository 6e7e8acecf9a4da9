import torch
import torch.nn.functional as F

x = torch.tensor([0.0, 0.5, 1.0], requires_grad=True)  # both bounds and a point between

torch.clamp(x, 0.0, 1.0).sum().backward()
print("clamp   ", x.grad)

x.grad = None
F.hardtanh(x, 0.0, 1.0).sum().backward()
print("hardtanh", x.grad)

print(torch.equal(torch.clamp(x, 0.0, 1.0), F.hardtanh(x, 0.0, 1.0)))  # same values
