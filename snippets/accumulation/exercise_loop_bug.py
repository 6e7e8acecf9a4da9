import torch

x = torch.tensor([1.0, 2.0, 3.0])
target = 2 * x  # the best w is 2


def train(clear):
    w = torch.tensor(0.0, requires_grad=True)
    opt = torch.optim.SGD([w], lr=0.05)
    fresh, stored = [], []
    for step in range(3):
        if clear:
            opt.zero_grad()
        loss = ((w * x - target) ** 2).mean()
        # This step's own gradient, computed without touching w.grad:
        (g,) = torch.autograd.grad(loss, w, retain_graph=True)
        loss.backward()
        fresh.append(g.item())
        stored.append(w.grad.item())
        opt.step()
    return fresh, stored, w.item()


fresh, stored, w = train(clear=False)
print("without zero_grad: w =", round(w, 4))
print([round(g, 4) for g in stored])
# The stored gradient is the running sum of every step's own gradient:
running = [sum(fresh[: i + 1]) for i in range(3)]
print(all(abs(a - b) < 1e-4 for a, b in zip(running, stored)))

fresh, stored, w = train(clear=True)
print("with zero_grad:    w =", round(w, 4))
print(all(abs(a - b) < 1e-4 for a, b in zip(fresh, stored)))
