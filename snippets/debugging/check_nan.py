import torch

x = torch.tensor([0.0, 1.0, 4.0], requires_grad=True)

# check_nan=False keeps the forward tracebacks but stops looking for NaN.
with torch.autograd.set_detect_anomaly(True, check_nan=False):
    print(torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled())
    loss = (torch.sqrt(x) * 0).sum()
    loss.backward()
print(x.grad, torch.is_anomaly_enabled())  # off again after the block

# Called as a function, it switches anomaly mode on for the rest of the program.
torch.autograd.set_detect_anomaly(True)
print(torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled())
