import torch
from torch import nn


class TwoHeads(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Linear(2, 2)
        self.head_a = nn.Linear(2, 1)
        self.head_b = nn.Linear(2, 1)  # forward never calls it

    def forward(self, x):
        return self.head_a(torch.relu(self.body(x)))


model = TwoHeads()
loss = model(torch.tensor([[1.0, -1.0]])).sum()
loss.backward()
print([name for name, p in model.named_parameters() if p.grad is None])

grads = torch.autograd.grad(model(torch.ones(1, 2)).sum(), model.parameters(), allow_unused=True)
print([g is None for g in grads])
