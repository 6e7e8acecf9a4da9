# raises: RuntimeError
import torch

x = torch.tensor([-1.0, 0.0, 1.0], requires_grad=True)
y = x.sigmoid()  # sigmoid saves its output y for the backward pass
out = y.sum()

print(y._version)
y.detach().zero_()  # the same change, made through .detach()
print(y._version)  # the shared counter moved

out.backward()  # autograd sees that a saved tensor changed and refuses
