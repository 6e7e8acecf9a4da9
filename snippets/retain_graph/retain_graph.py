# graph: z
import inspect

import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
x = torch.tensor([4.0, 5.0, 6.0], requires_grad=True)
z = (w * x).sum()

z.backward(retain_graph=True)  # keep the saved tensors for another pass
print(w.grad)
z.backward()  # works; this last call may free the graph
print(w.grad)  # the second pass added to .grad: twice dz/dw = x

# autograd.grad takes the same argument; it returns gradients, .grad is untouched.
z = (w * x).sum()
print(torch.autograd.grad(z, w, retain_graph=True))
print(torch.autograd.grad(z, w))
print(w.grad)

# Both functions default to retain_graph=None, which means "the value of create_graph".
for f in (torch.Tensor.backward, torch.autograd.grad):
    print(f.__qualname__, inspect.signature(f).parameters["retain_graph"].default)

# So create_graph=True keeps the graph too.
z = (w * x).sum()
torch.autograd.grad(z, w, create_graph=True)
print(torch.autograd.grad(z, w))  # a second pass works
