# raises: RuntimeError
import torch

x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
y = x * 2  # requires grad, not a leaf: slices of y can be written (CopySlices)

with torch.no_grad():
    first_two = y[:2]  # a view, but created under no_grad
print(first_two.grad_fn, first_two._base is y)  # no history, still a view of y
first_two.mul_(2)  # written with grad mode on
