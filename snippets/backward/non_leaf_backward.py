import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
z = y * y * 3
out = z.mean()

# out is computed, so it is not a leaf, and backward() on it is the usual case.
print(out.is_leaf, x.is_leaf)
out.backward()
print(x.grad)  # by hand: out = (1/3) * sum(12 * x**2), so the gradient is 8 * x

# A one-element leaf may call backward() too; d(s)/d(s) = 1.
s = torch.tensor(5.0, requires_grad=True)
s.backward()
print(s.grad)
