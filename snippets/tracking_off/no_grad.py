import torch

x = torch.tensor(1.0, requires_grad=True)
y1 = x**2
with torch.no_grad():
    y2 = x**3  # computed, but not recorded
y3 = y1 + y2

print(y1, y1.requires_grad)
print(y2, y2.requires_grad)
print(y3, y3.requires_grad)

# Only the recorded path x -> y1 -> y3 carries a gradient: d(x**2)/dx = 2.
y3.backward()
print(x.grad)
