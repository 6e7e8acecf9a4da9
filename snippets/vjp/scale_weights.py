import torch

# The example from an older tutorial: y = 2x with a non-uniform v.
x = torch.ones(3, requires_grad=True)
y = x * 2
print(y)

v = torch.tensor([0.1, 1.0, 0.0001])
y.backward(v)
print(x.grad)  # J = 2I, so v^T J = 2v
print(torch.equal(x.grad, 2 * v))  # exactly 2v, whatever the printout's notation
