import torch

x = torch.tensor([1.0, 2.0, 0.5], requires_grad=True)
s = torch.softmax(x, dim=0)

# Prediction: the entries of s always sum to 1, whatever x is,
# so the gradient of s.sum() is zero.
s.sum().backward(retain_graph=True)
print(x.grad.abs().max().item() < 1e-6)  # zero, up to float32 rounding

# Row i of J by a one-hot v, against the formula J = diag(s) - s s^T.
rows = []
for i in range(3):
    x.grad = None
    s.backward(torch.eye(3)[i], retain_graph=True)
    rows.append(x.grad.clone())
J = torch.stack(rows)
sd = s.detach()
print(J)
print(torch.allclose(J, torch.diag(sd) - torch.outer(sd, sd)))
print(torch.allclose(J.sum(dim=0), torch.zeros(3), atol=1e-6))
