# raises: RuntimeError
# Seed 004's 1000-step program as published, with the "<" that the page lost and
# the last line's indentation restored, plus imports. The device block keeps the
# notes' data on the CPU on any machine.
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
    wx = torch.mul(w, x)
    y_pred = torch.add(wx, b)
    loss = (0.5 * (y - y_pred) ** 2).mean()
    result.append(loss)  # the loss tensor itself, with its graph
    loss.backward()
    b.data.sub_(lr * b.grad)
    w.data.sub_(lr * w.grad)
    if loss.data.numpy() < 1:
        break
print(len(result), result[0].requires_grad, result[0].grad_fn.name())  # added: what the loop kept
plt.plot(result)
