import torch

w = torch.zeros(2, 3, requires_grad=True)

# Initialisation is not part of the model: do it without recording.
with torch.no_grad():
    w[0].fill_(1.0)
print(w.is_leaf, w.grad_fn, w._version)

# To compute with a modified copy, clone first: the clone is not a leaf.
c = w.clone()
c[1] = 5.0
print(c.grad_fn.name(), torch.equal(w[1], torch.zeros(3)))

c.sum().backward()
print(w.grad)  # the overwritten row no longer depends on w
