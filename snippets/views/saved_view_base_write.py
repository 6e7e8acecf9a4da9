import torch

x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
y = x * 2
first_two = y[:2]
z = first_two**2  # saves the view first_two, which shares y's counter
print(z.grad_fn.name(), z.grad_fn._saved_self is first_two)

y[2:].add_(1)  # writes entries the saved view does not cover
print(first_two.tolist(), first_two._version)  # values unchanged, counter moved

try:
    z.sum().backward()
except RuntimeError as e:
    print("modified by an inplace operation" in str(e))
