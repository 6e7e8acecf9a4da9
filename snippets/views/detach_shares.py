import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
d = y.detach()  # no history, but the same memory and the same counter
print(d.requires_grad, d.data_ptr() == y.data_ptr())

d.zero_()
print(y, y._version)
