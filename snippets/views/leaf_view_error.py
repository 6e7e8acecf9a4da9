# raises: RuntimeError
import torch

w = torch.zeros(2, 3, requires_grad=True)  # a leaf, like a layer's weight
first_row = w[0]  # a view of the leaf
print(first_row._base is w, first_row.requires_grad)

first_row.fill_(1.0)  # initialising part of it in place, with grad mode on
