# raises: RuntimeError
import torch

x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
y = x * 2  # requires grad, not a leaf: slices of y can be written (CopySlices)

with torch.no_grad():
    first_two = y[:2]  # a view, but created under no_grad
first_two.mul_(2)  # written with grad mode on
