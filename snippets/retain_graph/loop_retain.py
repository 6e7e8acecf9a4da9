# raises: RuntimeError
import torch


def graph_nodes(node, seen=None):
    seen = set() if seen is None else seen
    if node is not None and node not in seen:
        seen.add(node)
        for parent, _ in node.next_functions:
            graph_nodes(parent, seen)
    return seen


w = torch.tensor(0.5, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.125)
h = torch.tensor(0.0)

for step, x in enumerate([1.0, 2.0, 3.0]):
    opt.zero_grad()
    h = h * w + x
    loss = h**2
    nodes = graph_nodes(loss.grad_fn)
    pows = sum(node.name() == "PowBackward0" for node in nodes)  # loss = h**2
    print(f"step {step}: {len(nodes)} graph nodes, {pows} of them PowBackward0")
    loss.backward(retain_graph=True)  # the "fix" that hides the bug
    opt.step()
