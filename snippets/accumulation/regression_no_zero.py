import torch

torch.manual_seed(6)
# Three decimals: the fourth depends on the order in which the twenty terms
# are added up, and that order can differ between machines.
torch.set_printoptions(precision=3)
lr = 0.01

# The notes' data and parameters. The block keeps them on the CPU and its random
# generator, so these are the notes' numbers on any machine.
with torch.device("cpu"):
    x = torch.rand(20, 1) * 10
    y = 2 * x + (5 + torch.randn(20, 1))
    w = torch.randn((1), requires_grad=True)
    b = torch.zeros((1), requires_grad=True)

for iteration in range(2):
    y_pred = w * x + b
    loss = (0.5 * (y - y_pred) ** 2).mean()
    loss.backward()  # adds to whatever .grad already holds
    print("w.grad:", w.grad)
    print("b.grad:", b.grad)
    with torch.no_grad():  # the update itself must not be recorded
        w -= lr * w.grad
        b -= lr * b.grad
