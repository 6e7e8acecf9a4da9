import torch

w = torch.tensor(1.0, requires_grad=True)
data = [torch.tensor(1.0), torch.tensor(2.0), torch.tensor(3.0)]

# The bug: total carries the graphs of all earlier steps.
total = 0.0
try:
    for step, x in enumerate(data):
        loss = (w * x) ** 2
        total = total + loss
        total.backward()
except RuntimeError as e:
    print("bug fails at step", step, "Trying to backward" in str(e))

# The fix: backward on this step's loss, keep a plain number for the total.
w.grad = None
total = 0.0
for x in data:
    loss = (w * x) ** 2
    loss.backward()
    total += loss.item()
print(total, w.grad.item())  # 1 + 4 + 9, and sum of 2 w x^2 = 2 + 8 + 18
print(total == 14.0, w.grad.item() == 28.0)
