# raises: RuntimeError
import torch

x = torch.ones(2, requires_grad=True)
y = x * 2
y.requires_grad_(True)  # already True: allowed, and it changes nothing
print(y.requires_grad, y.is_leaf)

# requires_grad belongs to leaves: a computed tensor's flag follows its inputs.
y.requires_grad_(False)
