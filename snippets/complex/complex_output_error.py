# raises: RuntimeError
import torch

z = torch.tensor(1.0 + 1.0j, requires_grad=True)
w = z * z  # a complex scalar
print(w)
w.backward()  # which real quantity should decrease? torch will not guess
