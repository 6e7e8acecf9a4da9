import torch
from torch import nn

model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
with torch.no_grad():  # fixed weights: the same numbers on every device
    for p in model.parameters():
        p.copy_(torch.linspace(-0.5, 0.5, p.numel()).reshape(p.shape))
x = torch.linspace(-1.0, 1.0, 24).reshape(8, 3)
loss = (model(x) - 1.0).pow(2).mean()
loss.backward()

for name, p in model.named_parameters():
    print(f"{name:9} grad norm {p.grad.norm().item():.4f}")

# Returns the total norm of all gradients, measured before clipping.
total = nn.utils.clip_grad_norm_(model.parameters(), max_norm=0.5)
print(f"total before clipping {total.item():.4f}")
after = torch.linalg.vector_norm(torch.stack([p.grad.norm() for p in model.parameters()]))
print(f"total after clipping  {after.item():.4f}")
