import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
a = x * 1  # a non-leaf, as an activation in a model is

b = a.sin()  # sin saves a, the usual way
a.mul_(2)  # changes the saved a in place
try:
    b.sum().backward()
except RuntimeError as error:
    print("without hooks:", str(error).split(":")[0])

x.grad = None
a = x * 1
with torch.autograd.graph.saved_tensors_hooks(lambda t: t.detach(), lambda t: t):
    b = a.sin()  # sin saves a, through the hooks
a.mul_(2)  # the same change: nothing checks it now
b.sum().backward()
print("with hooks:   ", x.grad)  # cos(2x): computed from the changed a
print("correct:      ", torch.cos(x.detach()))

x.grad = None
a = x * 1
with torch.autograd.graph.saved_tensors_hooks(lambda t: t.detach().clone(), lambda t: t):
    b = a.sin()  # what pack stores is a copy of a
a.mul_(2)  # the same change, to a only: nothing checks it either
b.sum().backward()
print("copy in pack: ", x.grad)  # cos(x): the copy kept the values sin saved
