# raises: RuntimeError
# Seed 000's no_grad program as published, with its line breaks restored,
# plus `import torch` and the y2.backward() its last comment says would fail.
import torch

x = torch.tensor(1.0, requires_grad=True)
y1 = x**2
with torch.no_grad():
    y2 = x**3
y3 = y1 + y2
print(x.requires_grad)  # true
print(y1, y1.requires_grad)  # tensor(1., grad_fn=<PowBackward0>) True
print(y2, y2.requires_grad)  # False
print(y3, y3.requires_grad)  # tensor(2., grad_fn=<ThAddBackward>)True
y3.backward()  # y2 is wrapped, so only y1's gradient flows back to x
print(x.grad)  # tensor(2.)
# backpropagating through y2 raises:
# RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
y2.backward()
