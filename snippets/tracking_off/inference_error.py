# raises: RuntimeError
import torch

with torch.inference_mode():
    t = torch.tensor([2.0, 3.0])

w = torch.tensor([1.0, 1.0], requires_grad=True)
# The gradient of w * t needs t, so autograd would have to save an inference tensor.
loss = (w * t).sum()
