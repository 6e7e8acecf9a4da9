# graph: z
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
z = (x * 2 + 1).sum()

# Each grad_fn points to the nodes its gradient goes to next.
node = z.grad_fn
while node is not None:
    print(node.name())
    parents = [fn for fn, _ in node.next_functions if fn is not None]
    node = parents[0] if parents else None

# The chain ends at AccumulateGrad, which holds the leaf it writes .grad into.
mul = z.grad_fn.next_functions[0][0].next_functions[0][0]
leaf_node = mul.next_functions[0][0]
print(leaf_node.variable is x)

# x * 2 has one entry per input: None for the 2, which needs no gradient.
print([fn.name() if fn is not None else None for fn, _ in mul.next_functions])

# The second item of an entry says which output of that node's operation the input was.
first, second = x.unbind()
print([(fn.name(), nr) for fn, nr in (first * second).grad_fn.next_functions])

# An argument the derivative formula never covers gets no entry: the index positions.
picked = x[torch.tensor([1, 0])]
print(picked.grad_fn.name(), len(picked.grad_fn.next_functions))

# An integer tensor in a differentiable input's place still gets its None entry.
scaled = x * torch.tensor([3, 4])
print([fn.name() if fn is not None else None for fn, _ in scaled.grad_fn.next_functions])
