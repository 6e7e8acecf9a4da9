# raises: RuntimeError
import torch
from torch import nn

model = nn.Sequential(nn.Linear(3, 2), nn.ReLU(inplace=True))
model[0].register_full_backward_hook(lambda m, gin, gout: None)

x = torch.tensor([[1.0, -2.0, 3.0]], requires_grad=True)
model(x)  # ReLU(inplace=True) overwrites the Linear's output
