# raises: RuntimeError
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
out = (x * x).sum().reshape(1)  # one element, but shape (1,), not ()
print(out.shape)

out.backward(retain_graph=True)  # fine: the implicit seed is torch.ones_like(out)
print(x.grad)

out.backward(torch.tensor(1.0))  # a 0-dim seed for a (1,) output
