# warns: UserWarning
import torch
from torch import nn

lin = nn.Linear(3, 2)
lin.register_full_backward_hook(lambda m, gin, gout: print("grad_input:", gin))

x = torch.tensor([[1.0, 2.0, 3.0]])  # data: does not require grad
lin(x).sum().backward()
print("weight.grad is None:", lin.weight.grad is None)
