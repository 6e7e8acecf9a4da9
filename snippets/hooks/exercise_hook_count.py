import torch

calls = []
w = torch.tensor([1.0, 2.0], requires_grad=True)
y = w * 2
loss = (y * 3 + y * y).sum()  # y is used twice, w once (through y)

y.register_hook(lambda g: calls.append(("y", g)))
w.register_hook(lambda g: calls.append(("w", g)))
loss.backward()
for name, g in calls:
    print(name, g)
print("by hand: d loss/dy =", 3 + 2 * y.detach(), " d loss/dw =", 2 * (3 + 2 * y.detach()))
