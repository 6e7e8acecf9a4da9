import torch

target = torch.tensor([0.5 - 1.0j, 1.0 + 1.0j])
z = torch.tensor([1.0 + 2.0j, -3.0 + 0.5j], requires_grad=True)

for step in range(6):
    loss = ((z - target).abs() ** 2).sum()
    loss.backward()
    print(step, round(loss.item(), 4))
    with torch.no_grad():
        z -= 0.25 * z.grad  # the ordinary update, with the complex gradient
    z.grad = None

print(z.detach())
