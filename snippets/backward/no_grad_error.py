# raises: RuntimeError
import torch

a = torch.tensor([1.0, 2.0, 3.0])  # requires_grad defaults to False
out = (a * 2).sum()
print(out.requires_grad, out.grad_fn)

# Nothing was recorded, so there is no graph to walk.
out.backward()
