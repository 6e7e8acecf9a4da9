# raises: RuntimeError
import torch

x = torch.tensor(1.0, requires_grad=True)
with torch.no_grad():
    y2 = x**3

# y2 has no grad_fn: there is no graph to walk back from it.
print(y2.grad_fn)
y2.backward()
