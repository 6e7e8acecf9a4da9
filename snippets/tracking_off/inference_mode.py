import torch

w = torch.tensor([2.0, 3.0], requires_grad=True)
with torch.inference_mode():
    t = w * 2
print(t, t.requires_grad, t.is_inference())

# A clone made outside the block is an ordinary tensor again.
c = t.clone()
print(c.is_inference())

# Operations that do not need to save t for backward still accept it.
print((w + t).requires_grad)
