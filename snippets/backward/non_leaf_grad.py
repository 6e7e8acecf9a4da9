# warns: UserWarning
import torch

x = torch.ones(2, 2, requires_grad=True)
y = x + 2  # an intermediate, not a leaf
out = (y * y * 3).mean()
out.backward()

print(y.is_leaf)
print(y.grad)  # not populated for a non-leaf: None, and a warning
