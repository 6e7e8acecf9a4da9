# raises: RuntimeError
import torch

# Gradients need a continuous dtype: integers cannot require them.
steps = torch.tensor([1, 2, 3], requires_grad=True)
