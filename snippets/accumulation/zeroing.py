import torch

x = torch.tensor(3.0, requires_grad=True)
(x**2).backward()
print("after backward:", x.grad)
print("x.grad has history:", x.grad.requires_grad)

# Way 1: overwrite the stored gradient with zeros, in place.
x.grad.zero_()
print("after zero_():", x.grad)

# Way 2: drop the gradient tensor altogether.
x.grad = None
print("after = None: ", x.grad)

# Either way, the next backward starts from scratch.
(x**2).backward()
print("next backward:", x.grad)
