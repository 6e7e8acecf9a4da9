import torch
from torch import nn


def make_model():
    model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(torch.linspace(-1.0, 1.0, p.numel()).view_as(p))
    return model


x = torch.tensor([[1.0, 0.0, -1.0], [0.5, 2.0, 1.0]])
target = torch.tensor([[1.0], [-1.0]])

# the usual way: backward for all parameters, then one step
ref = make_model()
opt = torch.optim.SGD(ref.parameters(), lr=0.1)
nn.functional.mse_loss(ref(x), target).backward()
opt.step()

# optimizer in backward: one optimizer per parameter, stepped by a hook
model = make_model()
optims = {p: torch.optim.SGD([p], lr=0.1) for p in model.parameters()}
steps = []


def step_now(p):  # runs as soon as p.grad is accumulated
    optims[p].step()
    p.grad = None  # free the gradient at once
    steps.append(tuple(p.shape))


for p in model.parameters():
    p.register_post_accumulate_grad_hook(step_now)

nn.functional.mse_loss(model(x), target).backward()  # no opt.step() here
print("stepped during backward:", steps)
print("moved:", not torch.equal(model[0].weight, make_model()[0].weight))
print("grads kept:", [p.grad for p in model.parameters()])
print(
    "same parameters:",
    all(torch.allclose(p, q) for p, q in zip(model.parameters(), ref.parameters())),
)
