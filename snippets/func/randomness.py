# raises: RuntimeError
import torch
from torch.func import vmap


def noisy(x):
    return x + torch.rand(())  # one random number per call


x = torch.zeros(4)
torch.manual_seed(0)
same = vmap(noisy, randomness="same")(x)  # one draw shared by the batch
torch.manual_seed(0)
different = vmap(noisy, randomness="different")(x)  # one draw per element
print(torch.unique(same).numel(), torch.unique(different).numel())

vmap(noisy)(x)  # the default is randomness="error"
