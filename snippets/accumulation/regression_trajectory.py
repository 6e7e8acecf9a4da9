import matplotlib.pyplot as plt
import torch


def train(zero_grads, iterations=1000, lr=0.01):
    torch.manual_seed(6)
    with torch.device("cpu"):  # the notes' data, as before
        x = torch.rand(20, 1) * 10
        y = 2 * x + (5 + torch.randn(20, 1))
        w = torch.randn((1), requires_grad=True)
        b = torch.zeros((1), requires_grad=True)
    losses = []
    for iteration in range(iterations):
        loss = (0.5 * (y - (w * x + b)) ** 2).mean()
        if zero_grads:
            w.grad, b.grad = None, None
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad
            b -= lr * b.grad
        losses.append(loss.item())
    return losses, w.item(), b.item()


plain, w1, b1 = train(zero_grads=False)
zeroed, w2, b2 = train(zero_grads=True)
print("iteration  loss (no zeroing)  loss (zeroing)")
for i in [*range(0, 1000, 100), 999]:
    print(f"{i:9}  {plain[i]:17.2f}  {zeroed[i]:14.2f}")
print(f"final w, b: {w1:.2f}, {b1:.2f}  |  {w2:.2f}, {b2:.2f}")

# The same two runs as a picture: every iteration's loss.

fig, ax = plt.subplots(figsize=(7, 3.2))
ax.plot(plain, label="without zeroing: .grad keeps growing", color="#c62828")
ax.plot(zeroed, label="with zeroing every step", color="#1565c0")
ax.set_yscale("log")
ax.set_xlabel("iteration")
ax.set_ylabel("loss (log scale)")
ax.legend()
fig.tight_layout()
plt.show()
