# raises: RuntimeError
import torch

x = torch.tensor(2.0, requires_grad=True)
y = x**3

(dy,) = torch.autograd.grad(y, x)  # no create_graph
print(dy, dy.requires_grad, dy.grad_fn)

# dy is a plain number with no history: there is nothing to differentiate.
torch.autograd.grad(dy, x)
