import torch


def second_step(make_optimizer, grad):
    p = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
    optimizer = make_optimizer([p])
    p.grad = torch.tensor([1.0, 1.0])
    optimizer.step()  # one ordinary step, so momentum and Adam have state
    before = p.detach().clone()
    p.grad = grad  # what zero_grad() leaves: None, or zeros with set_to_none=False
    optimizer.step()
    return "unchanged" if torch.equal(p, before) else f"moved by {p.detach() - before}"


optimizers = {
    "SGD, plain": lambda ps: torch.optim.SGD(ps, lr=0.1),
    "SGD, weight_decay": lambda ps: torch.optim.SGD(ps, lr=0.1, weight_decay=0.1),
    "SGD, momentum": lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9),
    "Adam": lambda ps: torch.optim.Adam(ps, lr=0.1),
}
for name, make in optimizers.items():
    print(
        f"{name:18} None: {second_step(make, None):10} zeros: {second_step(make, torch.zeros(2))}"
    )
