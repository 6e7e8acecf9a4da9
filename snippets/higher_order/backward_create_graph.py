# warns: UserWarning
import torch

x = torch.tensor(2.0, requires_grad=True)
y = x**3

# backward() accepts create_graph too: x.grad then has a history of its own.
y.backward(create_graph=True)
print(x.grad)

(d2y,) = torch.autograd.grad(x.grad, x)
print(d2y)
x.grad = None  # break the x <-> x.grad reference cycle, as the warning asks
