import torch

x = torch.tensor(2.0, requires_grad=True)
for k in [1.0, 2.0, 3.0]:
    (k * x**2).backward()
    print(k, x.grad.item())

# By hand: each pass adds d(k x^2)/dx = 2 k x = 4k, so 4, then 4 + 8, then 12 + 12.
print(x.grad.item() == 4 * (1 + 2 + 3))
