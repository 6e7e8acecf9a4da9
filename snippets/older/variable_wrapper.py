import torch
from torch.autograd import Variable

# Old tutorials wrap tensors in Variable. Today the wrapper returns a plain Tensor.
t = torch.ones(3)
x = Variable(t, requires_grad=True)
print(type(x).__name__, x.requires_grad)
print(x)

# It is t.detach() with the flag set: a new tensor on t's memory, without t's history.
print(x is t, x.data_ptr() == t.data_ptr())
y = Variable(x * 2)
print(y.grad_fn, y.requires_grad)
