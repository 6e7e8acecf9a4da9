# Seed 002's second program as published (comments translated), plus `import torch`.
import torch

# the official version: a random vector
# x = torch.randn(3, requires_grad=True)
# we use a vector of ones instead
x = torch.ones(3, requires_grad=True)
# y unchanged
y = x * 2
# we drop this loop too (data.norm is the L2 norm of y)
# while y.data.norm() < 1000:
#    y = y * 2

print(y)
# [0.1, 1.0, 0.0001] are the values assigned to x
v = torch.tensor([0.1, 1.0, 0.0001], dtype=torch.float)
y.backward(v)

print(x.grad)
