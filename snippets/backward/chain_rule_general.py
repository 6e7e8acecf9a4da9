import torch

# The same computation, with a different value in every entry of x.
x = torch.tensor([[0.0, 1.0], [2.0, 3.0]], requires_grad=True)
out = ((x + 2) * (x + 2) * 3).mean()
out.backward()
print(x.grad)

# The hand-derived formula 1.5 * (x + 2), evaluated on the same values.
by_hand = 1.5 * (torch.tensor([[0.0, 1.0], [2.0, 3.0]]) + 2)
print(by_hand)
print(torch.equal(x.grad, by_hand))
