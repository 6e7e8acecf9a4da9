# warns: UserWarning
import torch
from torch import nn

w = torch.tensor([1.0, 2.0], requires_grad=True).to(torch.float64)
print(w.is_leaf, w.grad_fn.name())  # the result of a recorded copy
(w * w).sum().backward()
print(w.grad)  # None, with a warning: the leaf is the float32 tensor
leaf = w.grad_fn.next_functions[0][0].variable  # that leaf, reached through the node
print(leaf.dtype, leaf.is_leaf, leaf.grad)

w1 = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
w2 = torch.tensor([1.0, 2.0]).to(torch.float64).detach().requires_grad_()
for w in (w1, w2):
    (w * w).sum().backward()
    print(w.is_leaf, w.grad)
print(w1.to(torch.float64) is w1)  # nothing to convert: .to() returns w1 itself

# A change of device is the same recorded copy (a meta tensor exists on every machine).
on_meta = torch.ones(2, requires_grad=True).to("meta")
print(on_meta.is_leaf, on_meta.grad_fn.name())

# A module's .to() keeps the same Parameter objects: they stay leaves.
layer = nn.Linear(2, 1)
weight = layer.weight
layer.to(torch.float64)
print(layer.weight is weight, weight.is_leaf, weight.dtype)

# To the meta device the module gets new Parameter objects, leaves as well.
layer.to("meta")
print(layer.weight is weight, layer.weight.is_leaf, layer.weight.device)
