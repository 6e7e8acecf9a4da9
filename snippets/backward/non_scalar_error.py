# raises: RuntimeError
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2  # three values, not one
print(y.shape)

# Without a gradient argument, backward only accepts a single-element output.
y.backward()
