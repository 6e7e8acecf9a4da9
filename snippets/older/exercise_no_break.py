import torch

torch.manual_seed(6)
lr = 0.01
with torch.device("cpu"):  # the notes' data on any machine
    x = torch.rand(20, 1) * 10
    y = 2 * x + (5 + torch.randn(20, 1))
    w = torch.randn((1), requires_grad=True)
    b = torch.zeros((1), requires_grad=True)

losses = []
for iteration in range(1000):
    loss = (0.5 * (y - (w * x + b)) ** 2).mean()
    losses.append(loss.item())
    loss.backward()  # no zeroing: the gradients accumulate
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad

first = next(i for i, value in enumerate(losses) if value < 1)
print("first below 1 at iteration", first)
print("largest loss after that:", round(max(losses[first:]), 1))
