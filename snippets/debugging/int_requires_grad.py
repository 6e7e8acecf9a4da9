# raises: RuntimeError
import torch

labels = torch.tensor([0, 2, 1])
print(labels.dtype, labels.float().requires_grad_().requires_grad)
labels.requires_grad_()
