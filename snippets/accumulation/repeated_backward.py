import torch

x = torch.tensor(3.0, requires_grad=True)

# Three forward passes, three backward passes, and no zeroing in between.
for step in range(3):
    y = x**2  # dy/dx = 2 * x = 6 every time
    y.backward()
    print(step, x.grad)
