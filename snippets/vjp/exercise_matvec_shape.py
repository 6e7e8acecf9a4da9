import torch

A = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
x = torch.tensor([1.0, 1.0, 1.0], requires_grad=True)
y = A @ x
print(x.shape, y.shape)

# The bug: torch.ones(3), shaped like x. The weights must be shaped like y.
try:
    y.backward(torch.ones(3))
except RuntimeError as e:
    print(e)

y.backward(torch.ones_like(y))
print(x.grad)  # v^T A with v = (1, 1): the column sums of A
print(torch.equal(x.grad, A.sum(dim=0)))
