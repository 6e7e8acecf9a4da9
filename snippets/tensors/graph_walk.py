# graph: z
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
z = (x * 2 + 1).sum()

# Each grad_fn points to the functions that produced its inputs.
node = z.grad_fn
while node is not None:
    print(node.name())
    parents = [fn for fn, _ in node.next_functions if fn is not None]
    node = parents[0] if parents else None

# The chain ends at AccumulateGrad, which holds the leaf it writes .grad into.
leaf_node = z.grad_fn.next_functions[0][0].next_functions[0][0].next_functions[0][0]
print(leaf_node.variable is x)
