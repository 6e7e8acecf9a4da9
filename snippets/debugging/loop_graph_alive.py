import torch
from torch import nn


def graph_size(t):
    """Count the backward nodes reachable from t.grad_fn."""
    seen, todo = set(), [t.grad_fn]
    while todo:
        node = todo.pop()
        if node is not None and node not in seen:
            seen.add(node)
            todo.extend(next_node for next_node, _ in node.next_functions)
    return len(seen)


torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
batches = [torch.randn(4, 3) for _ in range(4)]

total_loss = 0.0
for step, x in enumerate(batches):
    opt.zero_grad()
    loss = model(x).pow(2).mean()
    loss.backward()
    opt.step()
    total_loss += loss  # a tensor: every step's graph stays reachable
    print(step, type(total_loss).__name__, graph_size(total_loss))

total_loss = 0.0
for x in batches:
    opt.zero_grad()
    loss = model(x).pow(2).mean()
    loss.backward()
    opt.step()
    total_loss += loss.item()  # a Python float: the graph can be freed
print(type(total_loss).__name__)
