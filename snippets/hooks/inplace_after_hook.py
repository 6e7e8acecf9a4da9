# raises: RuntimeError
import torch
from torch import nn

model = nn.Sequential(nn.Linear(3, 2), nn.ReLU(inplace=True))
model[0].register_full_backward_hook(lambda m, gin, gout: None)
x = torch.tensor([[1.0, -2.0, 3.0]])  # data: needs no grad

with torch.no_grad():
    print("under no_grad:", model(x).shape)  # nothing is recorded: runs
model.requires_grad_(False)
print("no parameter requires grad:", model(x).shape)  # nothing is recorded: runs

model.requires_grad_(True)  # now the Linear's output requires grad
model(x)  # and ReLU(inplace=True) overwrites it
