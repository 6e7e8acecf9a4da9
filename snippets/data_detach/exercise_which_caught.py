import torch

cases = {
    "x * 3": lambda x: x * 3,
    "x + 1": lambda x: x + 1,
    "x * x": lambda x: x * x,
    "x.sin()": torch.sin,
    "x.exp()": torch.exp,
}
for name, f in cases.items():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    out = f(x).sum()
    x.detach().mul_(2)  # change x in place; the counter moves
    try:
        out.backward()
        print(f"{name:8} backward ran, x.grad = {x.grad}")
    except RuntimeError as e:
        print(f"{name:8} raised:", "modified by an inplace operation" in str(e))
