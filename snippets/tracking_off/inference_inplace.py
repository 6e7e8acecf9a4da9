# raises: RuntimeError
import torch

with torch.inference_mode():
    t = torch.ones(2)

c = t.clone()  # a normal tensor: in-place updates are fine
c.add_(1)
print(c, c.is_inference())
try:
    t.add_(1)  # the inference tensor itself, outside inference_mode
except RuntimeError:
    print("refused, and yet t is now", t)  # the write came before the refusal
t.zero_()  # refused again
