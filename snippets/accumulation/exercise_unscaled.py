import torch

x = torch.tensor([1.0, 2.0, 3.0, 4.0])
target = torch.tensor([1.0, 3.0, 2.0, 5.0])
w = torch.tensor(0.5, requires_grad=True)

# The full batch.
((w * x - target) ** 2).mean().backward()
full = w.grad.clone()

# Two micro-batches of two, each mean loss NOT divided by k = 2.
w.grad = None
for xb, tb in zip(x.split(2), target.split(2)):
    ((w * xb - tb) ** 2).mean().backward()
unscaled = w.grad.clone()

print(full.item(), unscaled.item())
print(torch.allclose(unscaled, 2 * full))  # k times too large
print(torch.allclose(unscaled / 2, full))  # dividing by k fixes it
