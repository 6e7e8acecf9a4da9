# warns: UserWarning
import torch
from torch.autograd import Variable

# `volatile=True` once switched tracking off. It is now ignored, with a warning.
x = Variable(torch.ones(2), volatile=True)
y = torch.ones(2, requires_grad=True) * x
print(y.requires_grad)
