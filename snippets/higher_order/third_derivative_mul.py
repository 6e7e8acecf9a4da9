import torch

# The same function written as products: the backward formulas differ.
x = torch.tensor(2.0, requires_grad=True)
d = x * x * x
for order in range(1, 4):
    (d,) = torch.autograd.grad(d, x, create_graph=True)
    print(order, d)
print("third derivative has a grad_fn:", d.grad_fn is not None)

# With x**3, the third derivative still has a graph; at its end, pow's backward
# formula for the exponent 0 hands back zeros that do not depend on x.
x = torch.tensor(2.0, requires_grad=True)
d = x**3
for order in range(1, 4):
    (d,) = torch.autograd.grad(d, x, create_graph=True)
print(3, d)


def nodes(fn):  # every node of the graph behind fn
    yield fn
    for parent, _ in fn.next_functions:
        if parent is not None:
            yield from nodes(parent)


pow_node = next(n for n in nodes(d.grad_fn) if n.name() == "PowBackward0")
print(pow_node.name(), "exponent:", pow_node._saved_exponent)
