import torch

torch.manual_seed(0)
first, second = torch.nn.Linear(2, 2), torch.nn.Linear(2, 1)
model = torch.nn.Sequential(first, second)
opt = torch.optim.SGD(model.parameters(), lr=0.1)  # holds every parameter

model(torch.ones(1, 2)).sum().backward()  # first.weight gets a gradient
old_grad = first.weight.grad.clone()
first.requires_grad_(False)  # frozen only now

model(torch.ones(1, 2)).sum().backward()
print(torch.equal(first.weight.grad, old_grad))  # backward left the old .grad alone

before = first.weight.detach().clone()
opt.step()  # the optimizer still applies that stale gradient
print(torch.equal(first.weight, before))

first.weight.grad = None  # clear it when freezing, or keep the parameter out of opt
before = first.weight.detach().clone()
opt.step()
print(torch.equal(first.weight, before))
