# warns: UserWarning
import warnings

import torch

x = torch.tensor(2.0, requires_grad=True)
y = x**3

# backward() accepts create_graph too: x.grad then has a history of its own.
y.backward(create_graph=True)
print(x.grad)

(d2y,) = torch.autograd.grad(x.grad, x)
print(d2y)
x.grad = None  # break the x <-> x.grad reference cycle, as the warning asks

# The warning comes once per process: a second such call is silent,
# even with every warning shown, and it makes the same cycle.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    (x**3).backward(create_graph=True)
print("warnings:", len(caught), "x.grad has a grad_fn:", x.grad.grad_fn is not None)
x.grad = None
