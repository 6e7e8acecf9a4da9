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

# By default the warning comes once per process: a second such call is silent,
# even with every Python warning shown, and it makes the same cycle.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    (x**3).backward(create_graph=True)
print("warnings:", len(caught), "x.grad has a grad_fn:", x.grad.grad_fn is not None)
x.grad = None

# torch's own switch for its warn-once messages brings it back on every call.
torch.set_warn_always(True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    (x**3).backward(create_graph=True)
print("with torch.set_warn_always(True), warnings:", len(caught))
x.grad = None
