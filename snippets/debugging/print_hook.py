import torch

w1 = torch.tensor([[1.0, -1.0], [0.5, 2.0]], requires_grad=True)
w2 = torch.tensor([3.0, -2.0], requires_grad=True)
x = torch.tensor([[1.0, 2.0], [-1.0, 0.5]])

h = torch.relu(x @ w1)
# Called during backward with the gradient that reaches h. It returns None,
# so the gradient passes on unchanged.
h.register_hook(lambda g: print("grad reaching h:", g))
loss = (h @ w2).sum()
loss.backward()

print(h)
print(w1.grad)
