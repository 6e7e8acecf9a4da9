import torch

x = torch.tensor([-1.0, 0.0, 4.0], requires_grad=True)

# Mask the input, not the output: sqrt only ever sees values where it is smooth.
safe = torch.where(x > 0, x, 1.0)
y = torch.where(x > 0, torch.sqrt(safe), 0.0)
y.sum().backward()
print(y)
print(x.grad)
