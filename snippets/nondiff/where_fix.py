import torch

x = torch.tensor([-1.0, 0.0, 4.0], requires_grad=True)

# Mask the input, not the output: sqrt only ever sees values where it is smooth.
safe = torch.where(x > 0, x, 1.0)
y = torch.where(x > 0, torch.sqrt(safe), 0.0)
y.sum().backward()
print(safe.detach())
print(y)
print(x.grad)

# An epsilon instead of the mask: no nan at 0, but nan below 0, a changed
# value at 0 and a steep slope there.
x.grad = None
y_eps = torch.sqrt(x + 1e-12)
y_eps.sum().backward()
print(y_eps)
print(x.grad)
