# raises: RuntimeError
import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
x = torch.tensor([4.0, 5.0, 6.0], requires_grad=True)
z = (w * x).sum()  # MulBackward0 saves w and x: it needs them to compute gradients

z.backward()
print(w.grad)

# The saved w and x were released by the first call.
z.backward()
