import torch

x = torch.tensor(3.0, requires_grad=True)
(x**2).backward()
print("after backward:", x.grad)
print("x.grad has history:", x.grad.requires_grad)

# Way 1: overwrite the stored gradient with zeros, in place.
kept = x.grad
x.grad.zero_()
print("after zero_():", x.grad)
(x**2).backward()  # adds into those zeros: still the same tensor
print("next backward:", x.grad, "same tensor:", x.grad is kept)

# Way 2: drop the gradient tensor altogether.
x.grad = None
print("after = None: ", x.grad)
(x**2).backward()  # stores a new tensor
print("next backward:", x.grad, "same tensor:", x.grad is kept)
