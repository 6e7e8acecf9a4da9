import torch

w = torch.tensor([0.25, 0.5, 0.75], requires_grad=True)
y = w * 2
y.retain_grad()  # ask autograd to keep this non-leaf's gradient
w.retain_grad()  # on a leaf that requires grad this does nothing: it keeps its gradient anyway
print(y.retains_grad, w.retains_grad)  # the flag is only ever True on non-leaves

z = (y**2).sum()
z.backward()
print(y.grad)  # dz/dy = 2 * y
print(w.grad)  # dz/dw = dz/dy * dy/dw = 2 * y * 2

# On a tensor that does not require grad there is no gradient to keep.
try:
    torch.ones(3).retain_grad()
except RuntimeError as e:
    print(e)
