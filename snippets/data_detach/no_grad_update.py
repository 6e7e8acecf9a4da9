import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w**2).sum()
loss.backward()
print(w.grad)

with torch.no_grad():  # not recorded, but still an honest in-place change
    w -= 0.25 * w.grad
print(w)
print(w.is_leaf, w.grad_fn, w._version)  # still a leaf; the counter moved

w.grad.zero_()  # ready for the next step
print(w.grad)
