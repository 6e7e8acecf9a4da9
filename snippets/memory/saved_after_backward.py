# raises: RuntimeError
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
e = x.exp()
print(e.grad_fn._saved_result)  # before backward: there
e.sum().backward()
print(x.grad)
print(e.grad_fn._saved_result)  # after backward: freed
