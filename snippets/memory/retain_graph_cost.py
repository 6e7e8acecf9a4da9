import torch


class Box:  # what the pack hook stores; counts how many are alive
    alive = 0

    def __init__(self, t):
        self.t = t
        Box.alive += 1

    def __del__(self):
        Box.alive -= 1


for retain in (False, True):
    x = torch.tensor([0.1, 0.2, 0.3], requires_grad=True)
    with torch.autograd.graph.saved_tensors_hooks(lambda t: Box(t.detach()), lambda b: b.t):
        e = x.sin().cos().exp()  # three nodes, one saved tensor each
    loss = e.sum()
    print(f"retain_graph={retain}")
    print("  after forward: ", Box.alive, "saved tensors alive")
    loss.backward(retain_graph=retain)
    print("  after backward:", Box.alive, "saved tensors alive")
    if retain:
        print("  still readable:", e.grad_fn._saved_result)
    del loss  # e.grad_fn still leads to the three nodes
    print("  after del loss:", Box.alive, "saved tensors alive")
    del e  # the last reference to the graph
    print("  after del e:   ", Box.alive, "saved tensors alive")

# A retained graph, then a second backward() without retain_graph through it.
x = torch.tensor([0.1, 0.2, 0.3], requires_grad=True)
with torch.autograd.graph.saved_tensors_hooks(lambda t: Box(t.detach()), lambda b: b.t):
    e = x.sin().cos().exp()
loss = e.sum()
loss.backward(retain_graph=True)
loss.backward()  # no retain_graph: this pass frees them, e and loss still alive
print("retain_graph=True, then plain backward():", Box.alive, "saved tensors alive")
