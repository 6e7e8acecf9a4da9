import torch

w = torch.tensor([0.25, 0.5, 0.75], requires_grad=True)
y = w * 2
y.retain_grad()  # a retained non-leaf on the way from z to w
z = (y**2).sum()

(dz_dw,) = torch.autograd.grad(z, w, retain_graph=True)
print(dz_dw)
print(w.grad)  # the leaf's .grad is left alone
print(y.grad)  # but the retained gradient of y was stored

y.grad = None
(dz_dy,) = torch.autograd.grad(z, y)  # y itself as the input
print(y.grad)  # stored again
