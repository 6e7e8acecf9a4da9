# raises: RuntimeError
import torch

w = torch.tensor(0.5, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.125)
h = torch.tensor(0.0)  # hidden state, carried from one step to the next

for step, x in enumerate([1.0, 2.0, 3.0]):
    opt.zero_grad()
    h = h * w + x  # the new h hangs on to the previous step's graph
    loss = h**2
    loss.backward()
    opt.step()
    print(f"step {step}: loss {loss.item()}")
