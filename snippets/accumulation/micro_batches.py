import torch

x = torch.arange(8.0)
y = 3 * x + 1
w = torch.tensor(0.5, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)

# One batch of 8 samples.
((w * x + b - y) ** 2).mean().backward()
full = w.grad.clone(), b.grad.clone()

# Four micro-batches of 2, accumulated; each mean loss divided by 4.
w.grad, b.grad = None, None
for xs, ys in zip(x.chunk(4), y.chunk(4)):
    loss = ((w * xs + b - ys) ** 2).mean() / 4
    loss.backward()

print("one batch:    ", full[0], full[1])
print("micro-batches:", w.grad, b.grad)
print(torch.allclose(full[0], w.grad), torch.allclose(full[1], b.grad))
