import torch

w = torch.tensor([0.0, 1.0], requires_grad=True)
h = w.exp()  # shared by both losses; ExpBackward0 saves its result
loss1 = h.sum()
loss2 = (h**2).sum()

loss1.backward()
try:
    loss2.backward()  # runs into h's freed node
except RuntimeError as e:
    print("second loss fails:", "Trying to backward" in str(e))

# Fix: one backward on the sum of the losses.
w.grad = None
h = w.exp()
(h.sum() + (h**2).sum()).backward()
summed = w.grad.clone()

# The same as retain_graph=True on the first call, walking h's node twice.
w.grad = None
h = w.exp()
h.sum().backward(retain_graph=True)
(h**2).sum().backward()
print(summed, w.grad)  # e^w + 2 e^(2w): 1 + 2 = 3 at w = 0
print(torch.allclose(summed, w.grad))
