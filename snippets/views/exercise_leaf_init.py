import torch

w = torch.zeros(3, 3, requires_grad=True)
with torch.no_grad():  # initialisation: not recorded
    w.diagonal().fill_(1.0)
print(w.is_leaf, w.grad_fn, w._version)
print(torch.equal(w, torch.eye(3)))

v = torch.tensor([1.0, 2.0, 3.0])
(w @ v).sum().backward()
print(w.grad)  # d/dw[i, j] of sum_i sum_j w[i, j] v[j] is v[j]
