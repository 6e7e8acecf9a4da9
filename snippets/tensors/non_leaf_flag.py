# raises: RuntimeError
import torch

x = torch.ones(2, requires_grad=True)
y = x * 2
y.requires_grad_(True)  # already True: accepted, and it changes nothing
print(y.requires_grad, y.is_leaf)

# Assigning the attribute is refused, whatever the value.
for value in (True, False):
    try:
        y.requires_grad = value
    except RuntimeError as error:
        print(f"y.requires_grad = {value}: {str(error).split('.')[0]}")

# The leaf x can switch its flag off; it stays a leaf.
x.requires_grad_(False)
print(x.requires_grad, x.is_leaf)

# requires_grad belongs to leaves: a computed tensor's flag follows its inputs.
y.requires_grad_(False)
