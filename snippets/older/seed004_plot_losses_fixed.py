from itertools import pairwise

import matplotlib.pyplot as plt
import torch

torch.manual_seed(6)
lr = 0.01
result = []
with torch.device("cpu"):
    x = torch.rand(20, 1) * 10
    y = 2 * x + (5 + torch.randn(20, 1))
    w = torch.randn((1), requires_grad=True)
    b = torch.zeros((1), requires_grad=True)

for iteration in range(1000):
    loss = (0.5 * (y - (w * x + b)) ** 2).mean()
    result.append(loss.item())  # a Python float: no graph kept, plots directly
    w.grad, b.grad = None, None  # clear, or the gradients accumulate
    loss.backward()
    with torch.no_grad():  # the update, without .data
        w -= lr * w.grad
        b -= lr * b.grad
    if loss.item() < 1:
        break
print(len(result), round(result[0], 2), result[-1] < 1)
print(all(later < earlier for earlier, later in pairwise(result)))  # each loss below the last
plt.plot(result)
plt.show()
