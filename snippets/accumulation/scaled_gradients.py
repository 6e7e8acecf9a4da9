import torch


def total_update(make_optimizer, scale):
    start = torch.tensor([1.0, -2.0])
    p = torch.nn.Parameter(start.clone())
    optimizer = make_optimizer([p])
    for g in ([0.5, -1.0], [0.2, 0.4], [-0.3, 0.1]):
        p.grad = scale * torch.tensor(g)  # the same gradients, or k = 4 times them
        optimizer.step()
    return p.detach() - start


optimizers = {
    "SGD": lambda ps: torch.optim.SGD(ps, lr=0.1),
    "Adam": lambda ps: torch.optim.Adam(ps, lr=0.1),
    "RMSprop": lambda ps: torch.optim.RMSprop(ps, lr=0.1),
}
for name, make in optimizers.items():
    ratio = total_update(make, 4.0) / total_update(make, 1.0)
    print(
        f"{name:8} update with 4x the gradient / update with 1x:",
        [f"{r:.4f}" for r in ratio.tolist()],
    )
