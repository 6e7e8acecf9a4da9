import torch

w = torch.tensor(0.5, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.125)
h = torch.tensor(0.0)

for step, x in enumerate([1.0, 2.0, 3.0]):
    opt.zero_grad()
    h = h.detach()  # keep the value, drop the history of earlier steps
    h = h * w + x
    loss = h**2
    loss.backward()  # reaches back one step only
    opt.step()
    print(f"step {step}: loss {loss.item()}, w.grad {w.grad.item()}")
