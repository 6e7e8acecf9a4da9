import torch

w = torch.tensor([0.25, 0.5, 0.75], requires_grad=True)
y = w * 2
z = (y**2).sum()

# Gradients of z with respect to any tensors in the graph, returned as a tuple.
dz_dw, dz_dy = torch.autograd.grad(z, [w, y])
print(dz_dw)
print(dz_dy)
print(w.grad)  # nothing was stored in .grad
