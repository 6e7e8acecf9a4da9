import torch

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.Linear(4, 1))
model[0].requires_grad_(False)
before = [p.detach().clone() for p in model.parameters()]

trainable = [p for p in model.parameters() if p.requires_grad]
opt = torch.optim.SGD(trainable, lr=0.1)
loss = model(torch.ones(2, 3)).pow(2).mean()
loss.backward()
opt.step()

print(len(trainable))
for (name, p), old in zip(model.named_parameters(), before):
    print(name, p.requires_grad, p.grad is None, torch.equal(p, old))
