import torch
from torch.autograd import Variable

# Old tutorials wrap tensors in Variable. Today the wrapper returns a plain Tensor.
x = Variable(torch.ones(3), requires_grad=True)
print(type(x).__name__, x.requires_grad)
print(x)
