import torch
import torch.nn.functional as F


def count_saves(fn, x):
    sizes = []

    def pack(t):
        sizes.append(t.numel())
        return t.detach()

    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        out = fn(x)
    return len(sizes), sum(sizes), out


x = torch.linspace(-2.0, 2.0, 1000, requires_grad=True)
n1, e1, by_hand = count_saves(lambda x: x.sigmoid() * x, x)
n2, e2, fused = count_saves(F.silu, x)
print(f"x.sigmoid() * x: {n1} saved tensors, {e1} elements")
print(f"F.silu(x):       {n2} saved tensor,  {e2} elements")
print("same values:", torch.allclose(by_hand, fused))
