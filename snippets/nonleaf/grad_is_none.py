# warns: UserWarning
import torch

w = torch.tensor([0.25, 0.5, 0.75], requires_grad=True)
y = w * 2  # a non-leaf: computed, with a grad_fn
z = y.sum()
z.backward()

print(w.grad)  # leaves get their gradient stored
print(y.is_leaf)
print(y.grad)  # non-leaves do not, and asking warns
