# raises: RuntimeError
import torch

# Floating-point and complex tensors can require grad.
print(torch.tensor([1.0, 2.0], requires_grad=True).requires_grad)
print(torch.tensor([1 + 2j], requires_grad=True).requires_grad)

# Gradients need a continuous dtype: integers cannot require them.
steps = torch.tensor([1, 2, 3], requires_grad=True)
