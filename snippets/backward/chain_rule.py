# graph: out
import torch

x = torch.ones(2, 2, requires_grad=True)
y = x + 2
z = y * y * 3
out = z.mean()
print(out)

# Walk the graph backwards from out and fill x.grad.
out.backward()
print(x.grad)

# By hand: d(out)/dx_i = (1/4) * 6 * (x_i + 2) = 1.5 * 3 = 4.5 for every entry.
by_hand = torch.full((2, 2), 4.5)
print(torch.equal(x.grad, by_hand))
