# raises: RuntimeError
import torch

x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
y = x * 2  # requires grad, not a leaf, as above

with torch.inference_mode():
    taken_inside = y[:2]  # a view of a normal tensor: it stays a normal tensor
print(taken_inside.is_inference(), taken_inside.requires_grad)
taken_inside.mul_(2)  # written after the block, with grad mode on
