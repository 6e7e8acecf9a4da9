import torch

model = torch.nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
inputs = torch.ones(1, 2)

model(inputs).sum().backward()
print("after backward:", model.weight.grad)

optimizer.zero_grad()  # set_to_none=True is the default
print("optimizer.zero_grad():", model.weight.grad)

model(inputs).sum().backward()
model.zero_grad()  # the module does the same for its own parameters
print("model.zero_grad():", model.weight.grad)

model(inputs).sum().backward()
optimizer.zero_grad(set_to_none=False)  # the old behaviour: keep a tensor of zeros
print("set_to_none=False:", model.weight.grad)
