import torch

x = torch.ones(3)
w = torch.tensor([0.5, 1.5, 2.5], requires_grad=True)

y = w.mul(x)
z = y.sum()
z.backward()
first = z.grad_fn
print(w.grad)

# Recomputing y and z records a brand-new graph from the same leaves.
y = w.mul(x)
z = y.sum()
z.backward()
print(z.grad_fn is first)
print(w.grad)  # w.grad accumulated across the two graphs
