import torch

x = torch.tensor([-1.0, 0.0, 1.0], requires_grad=True)
y = x.sigmoid()  # saves y at version 0
first_two = y[:2]

first_two.mul_(2)  # a write through a view of the saved tensor
print(first_two._version, y._version, y.grad_fn.name())

try:
    y.sum().backward()
except RuntimeError as e:
    print("modified by an inplace operation" in str(e), "output 0 of Sigmoid" in str(e))
