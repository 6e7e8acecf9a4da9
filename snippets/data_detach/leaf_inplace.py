# raises: RuntimeError
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w**2).sum()
loss.backward()
print(w.grad)

# A gradient step written naively: autograd would have to record
# an in-place change of a leaf it is supposed to collect gradients for.
w -= 0.25 * w.grad
