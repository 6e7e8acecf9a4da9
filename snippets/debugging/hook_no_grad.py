# raises: RuntimeError
import torch

x = torch.tensor([1.0, 2.0])  # requires_grad defaults to False
print(x.requires_grad)
x.register_hook(lambda g: print(g))
