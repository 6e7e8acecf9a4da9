import torch

x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
f = ((x**2 + 1) ** 3).sum()
f.backward()

# By hand: d/dx (x^2 + 1)^3 = 3 (x^2 + 1)^2 * 2x = 6x (x^2 + 1)^2,
# which is 6*0*1 = 0, 6*1*4 = 24 and 6*2*25 = 300.
by_hand = torch.tensor([0.0, 24.0, 300.0])
print(x.grad)
print(torch.equal(x.grad, by_hand))
