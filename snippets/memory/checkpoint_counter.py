import torch
from torch.utils.checkpoint import checkpoint

W = torch.tensor([[0.5, -1.0], [1.5, 0.25]], requires_grad=True)
calls = finished = 0
saves = []


def block(h):
    global calls, finished
    calls += 1  # counts every run of the forward code
    out = (h @ W).sin().cos()  # saves h, W, h @ W and its sine
    finished += 1  # counts the runs that got this far
    return out


def pack(t):
    saves.append(t.numel())
    return t.detach()


grads = {}
for use in (False, True):
    calls, finished, saves = 0, 0, []
    x = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], requires_grad=True)
    W.grad = None
    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        y = checkpoint(block, x, use_reentrant=False) if use else block(x)
    loss = y.sum()
    runs = f"forward calls={calls} (finished {finished})"
    print(f"checkpoint={use}: {runs}, saved {len(saves)} ({sum(saves)} elements)")
    loss.backward()
    print(f"  after backward: forward calls={calls} (finished {finished})")
    grads[use] = (x.grad, W.grad)

print("same gradients:", all(torch.equal(a, b) for a, b in zip(grads[False], grads[True])))
