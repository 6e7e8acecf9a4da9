import torch

model = torch.nn.Sequential(torch.nn.Linear(2, 1))  # the Linear is a submodule
layer = model[0]
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
inputs = torch.ones(1, 2)

model(inputs).sum().backward()
print("after backward:", layer.weight.grad)

optimizer.zero_grad()  # set_to_none=True is the default
print("optimizer.zero_grad():", layer.weight.grad)

model(inputs).sum().backward()
model.zero_grad()  # the module does the same for its parameters, submodules' included
print("model.zero_grad():", layer.weight.grad)

model(inputs).sum().backward()
optimizer.zero_grad(set_to_none=False)  # the old behaviour: keep a tensor of zeros
print("set_to_none=False:", layer.weight.grad)
