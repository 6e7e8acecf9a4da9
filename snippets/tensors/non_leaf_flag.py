# raises: RuntimeError
import torch

x = torch.ones(2, requires_grad=True)
y = x * 2

# requires_grad belongs to leaves: a computed tensor's flag follows its inputs.
y.requires_grad_(False)
