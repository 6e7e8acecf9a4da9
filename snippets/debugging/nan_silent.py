import torch

x = torch.tensor([0.0, 1.0, 4.0], requires_grad=True)
y = torch.sqrt(x)  # forward is fine: [0, 1, 2]
print([name for name in dir(y.grad_fn) if name.startswith("_saved")])  # backward reuses y
loss = (y * 0).sum()  # a term whose weight happens to be 0
loss.backward()

print(y)
print(loss)
print(x.grad)  # no error, no warning: just a NaN
