# raises: RuntimeError
import torch

w = torch.tensor([0.25, 0.5, 0.75], requires_grad=True)
z = ((w * 2) ** 2).sum()

print(torch.autograd.grad(z, w))  # frees the graph's saved tensors
print(torch.autograd.grad(z, w))  # needs them again
