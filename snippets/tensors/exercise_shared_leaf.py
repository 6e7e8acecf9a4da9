import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = torch.tensor([3.0, 4.0], requires_grad=True)
z = ((x * y).exp() + x).sum()

# Visit every node once, starting from z.grad_fn.
seen, stack = [], [z.grad_fn]
while stack:
    node = stack.pop()
    if any(node is s for s in seen):
        continue
    seen.append(node)
    stack.extend(fn for fn, _ in node.next_functions if fn is not None)

print([node.name() for node in seen])
leaves = [n for n in seen if n.name() == "torch::autograd::AccumulateGrad"]
print(len(leaves))  # one AccumulateGrad per leaf, although x is used twice

# x reaches z through AddBackward0 directly and through MulBackward0:
add = z.grad_fn.next_functions[0][0]
mul = add.next_functions[0][0].next_functions[0][0]
from_add = add.next_functions[1][0]
from_mul = mul.next_functions[0][0]
# One node for x: the gradients of both paths are added into the one x.grad.
print(from_add is from_mul, from_add.variable is x)
