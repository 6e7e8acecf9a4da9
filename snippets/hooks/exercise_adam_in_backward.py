import torch
from torch import nn


def make_model():
    model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(torch.linspace(-1.0, 1.0, p.numel()).view_as(p))
    return model


x = torch.tensor([[1.0, 0.0, -1.0], [0.5, 2.0, 1.0]])
target = torch.tensor([[1.0], [-1.0]])

ref = make_model()
opt = torch.optim.Adam(ref.parameters(), lr=0.01)
for _ in range(3):
    opt.zero_grad()
    nn.functional.mse_loss(ref(x), target).backward()
    opt.step()

model = make_model()
optims = {p: torch.optim.Adam([p], lr=0.01) for p in model.parameters()}


def step_now(p):  # a def, not a lambda: the hook must return None
    optims[p].step()
    p.grad = None


for p in model.parameters():
    p.register_post_accumulate_grad_hook(step_now)
for _ in range(3):
    nn.functional.mse_loss(model(x), target).backward()

print("grads all None:", all(p.grad is None for p in model.parameters()))
print(
    "same parameters after 3 steps:",
    all(torch.allclose(p, q) for p, q in zip(model.parameters(), ref.parameters())),
)
