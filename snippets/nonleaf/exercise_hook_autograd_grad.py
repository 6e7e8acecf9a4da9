import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
y = w * 3
seen = []
y.register_hook(lambda grad: seen.append(grad.clone()))
z = (y * y).sum()

(dz_dw,) = torch.autograd.grad(z, w)
print(len(seen), seen[0])  # the hook on y ran: dz/dy = 2y = (6, 12)
print(dz_dw)  # dz/dw = 2y * 3 = (18, 36)
print(w.grad is None)  # autograd.grad returned it instead of storing it
