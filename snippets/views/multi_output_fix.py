import torch

x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
y = x * 2
a, b, c, d = y.unbind()

a2 = a * 2  # out of place: a new tensor, y is unchanged
a3 = a.clone().mul_(2)  # or clone, then modify the copy
print(a2.grad_fn.name(), a3.grad_fn.name(), y[0].item())

y[0].mul_(2)  # or index y itself: a single view, tracked with CopySlices
print(y.grad_fn.name(), y[0].item())

y.sum().backward()
print(x.grad)
