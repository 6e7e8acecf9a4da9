import gc

import torch


class Box:
    alive = 0

    def __init__(self, t):
        self.t = t
        Box.alive += 1

    def __del__(self):
        Box.alive -= 1


def left_alive(pack):
    before = Box.alive
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    with torch.autograd.graph.saved_tensors_hooks(pack, lambda box: box.t):
        loss = x.exp().sum()  # exp saves its own output
    loss.backward(retain_graph=True)
    del loss
    gc.collect()  # not even the cycle collector can free it
    return Box.alive - before


print("pack keeps t:         ", left_alive(lambda t: Box(t)), "saved tensor(s) still alive")
print(
    "pack keeps t.detach():", left_alive(lambda t: Box(t.detach())), "saved tensor(s) still alive"
)
