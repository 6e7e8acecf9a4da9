import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = 2 * x
y.register_hook(lambda grad: grad.clamp(-1.0, 1.0))  # clip dz/dy to [-1, 1]
z = (y**2).sum()
z.backward()

# dz/dy = 2y = (4, 8, 12), clipped to (1, 1, 1); then dy/dx = 2 multiplies it.
print(x.grad)
print(torch.equal(x.grad, torch.full((3,), 2.0)))
# Without the hook: dz/dx = 8x = (8, 16, 24).
x2 = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
((2 * x2) ** 2).sum().backward()
print(x2.grad)
