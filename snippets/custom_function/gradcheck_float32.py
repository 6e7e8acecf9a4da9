# raises: GradcheckError
# warns: UserWarning
import torch

# A correct derivative (autograd's own, for x * x) still fails in float32:
# finite differences with eps=1e-6 lose most of float32's 7 significant digits.
x = torch.tensor([1.0, 2.0], requires_grad=True)
torch.autograd.gradcheck(lambda t: t * t, (x,))
