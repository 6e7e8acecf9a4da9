# raises: RuntimeError
import torch

x = torch.tensor([-1.0, 0.0, 1.0], requires_grad=True)
y = x.sigmoid()
print([n for n in dir(y.grad_fn) if n.startswith("_saved")])  # it saved y
print(y._version)

y.mul_(2)  # changes the saved tensor in place
print(y._version, y.grad_fn.name())

y.sum().backward()
