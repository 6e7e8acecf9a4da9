# raises: RuntimeError
import torch

# A misplaced update: w changes after the forward pass, before backward().
w = torch.tensor([3.0], requires_grad=True)
loss = (w**2).sum()  # the node saves w, since d(loss)/dw = 2 * w
w.data.sub_(1.0)  # the pre-0.4 idiom: nothing notices
loss.backward()
print(w.grad)  # 2 * 2, read from the updated w; at w = 3, where loss was computed, it is 6

# The same mistake with the update inside torch.no_grad() is reported.
w = torch.tensor([3.0], requires_grad=True)
loss = (w**2).sum()
with torch.no_grad():
    w -= 1.0
loss.backward()
