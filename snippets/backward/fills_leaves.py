import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)  # a parameter: requires grad
c = torch.tensor([3.0, 4.0])  # data: does not require grad
loss = (w * c).sum()

loss.backward()
print(w.grad)  # d(loss)/dw = c
print(c.grad)  # nothing to fill: c does not require grad

# backward computed a gradient; it did not change w.
print(w)

# A second backward (on a fresh graph) adds into w.grad instead of replacing it.
(w * c).sum().backward()
print(w.grad)
