import torch

with torch.no_grad():
    a = torch.ones(2, requires_grad=True)  # a flag set explicitly is kept
    layer = torch.nn.Linear(2, 1)  # parameters require grad by default
    b = a * 2  # an operation: its result does not require grad
print(a.requires_grad, layer.weight.requires_grad, b.requires_grad)

# a and the parameters are ordinary leaves: a later backward pass fills .grad.
layer(a).sum().backward()
print(layer.weight.grad)

# Under inference_mode() the flag is kept too, on an inference tensor.
with torch.inference_mode():
    c = torch.ones(2, requires_grad=True)
print(c.requires_grad, c.is_inference())
