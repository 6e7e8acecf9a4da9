import torch


def nodes(t):
    seen, stack = [], [t.grad_fn]
    while stack:
        node = stack.pop()
        if node is None or any(node is s for s in seen):
            continue
        seen.append(node)
        stack.extend(fn for fn, _ in node.next_functions)
    return [node.name() for node in seen]


x = torch.tensor([0.5, 1.0], requires_grad=True)
y = torch.exp(torch.sin(x)).sum()
(dy,) = torch.autograd.grad(y, x, create_graph=True)

print(len(nodes(y)), nodes(y))
print(len(nodes(dy)), nodes(dy))  # larger than y's graph, and it contains sin and exp
# dy = exp(sin x) * cos x: checked against the formula
print(torch.allclose(dy, torch.exp(torch.sin(x)) * torch.cos(x)))
