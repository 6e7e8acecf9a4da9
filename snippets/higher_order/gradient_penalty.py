import torch

model = torch.nn.Linear(2, 1)
with torch.no_grad():  # fixed weights, so the numbers are exact
    model.weight.copy_(torch.tensor([[3.0, 4.0]]))
    model.bias.fill_(1.0)

inp = torch.tensor([[1.0, 1.0]], requires_grad=True)
out = model(inp)

# d out / d inp, kept in the graph so the penalty can be differentiated.
(g,) = torch.autograd.grad(out.sum(), inp, create_graph=True)
penalty = (g.norm(2, dim=1) - 1) ** 2
print(g, penalty)

penalty.sum().backward()
print(model.weight.grad)
print(model.bias.grad)

# Without create_graph=True, g has no history: the penalty cannot be trained on.
(g,) = torch.autograd.grad(model(inp).sum(), inp)
penalty = (g.norm(2, dim=1) - 1) ** 2
try:
    penalty.sum().backward()
except RuntimeError as e:
    print("without create_graph:", e)
