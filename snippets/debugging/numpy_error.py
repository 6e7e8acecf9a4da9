# raises: RuntimeError
import torch

# .numpy() shares memory with a CPU tensor, so this demo is on the CPU.
w = torch.tensor([0.5, -1.0], device="cpu", requires_grad=True)
pred = w * 3
print(pred.tolist())  # Python numbers are fine
with torch.no_grad():
    print(pred.numpy())  # allowed: the check applies only while grad mode is on

plain = torch.zeros(2, device="cpu")
plain.numpy()[0] = 7.0  # a write into the array ...
print(plain)  # ... lands in the tensor: the array uses the tensor's memory
pred.numpy()
