# Seed 001's program "without retain_graph" as published, plus its imports.
import torch as t
from torch.autograd import Variable as V

# build the graph
x = V(t.ones(3))
w = V(t.rand(3), requires_grad=True)
y = w.mul(x)
z = y.sum()

z.backward()
print(w.grad)
y = w.mul(x)  # <-----
z = y.sum()  # <-----
z.backward()
print(w.grad)
