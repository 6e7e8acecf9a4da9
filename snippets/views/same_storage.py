import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
before = y.data_ptr()

y.add_(1)  # in place: same tensor, same memory
print(y.data_ptr() == before)

z = y + 1  # out of place: a new tensor with memory of its own
print(z.data_ptr() == before)

# An in-place op still records a node, like its out-of-place twin
print(y.grad_fn.name(), z.grad_fn.name())
