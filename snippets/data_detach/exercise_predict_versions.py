import torch

t = torch.zeros(3)
t.add_(1)  # in place
t = t * 2  # out of place: a new tensor
t[0] = 5.0  # indexed assignment, in place
t.detach().add_(1)  # shares the counter
t.data.add_(1)  # separate counter
t.clone().add_(1)  # a copy with its own counter
print(t._version)
print(t)
print(t._version == 2)
