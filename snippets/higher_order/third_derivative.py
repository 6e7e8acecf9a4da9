import torch

x = torch.tensor(2.0, requires_grad=True)
d = x**3

# Keep differentiating the previous result; each step needs create_graph=True.
for order in range(1, 5):
    (d,) = torch.autograd.grad(d, x, create_graph=True)
    print(order, d)
