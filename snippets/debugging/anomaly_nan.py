# raises: RuntimeError
# warns: UserWarning
import torch

x = torch.tensor([0.0, 1.0, 4.0], requires_grad=True)

with torch.autograd.detect_anomaly():
    y = torch.sqrt(x)  # fine forward: sqrt(0) = 0
    loss = (y * 0).sum()  # backward of sqrt at 0: 0 / (2 * sqrt(0)) = nan
    loss.backward()
