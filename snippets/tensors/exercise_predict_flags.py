import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0)
c = a * b  # one input requires grad
d = b * 2  # no input requires grad
e = (b * 2).requires_grad_()  # switched on after the fact

for name, t in [("a", a), ("b", b), ("c", c), ("d", d), ("e", e)]:
    fn = t.grad_fn.name() if t.grad_fn is not None else None
    print(name, t.requires_grad, t.is_leaf, fn)

# The predictions, checked:
print(c.requires_grad and not c.is_leaf)  # c is computed from a
print(d.is_leaf and not d.requires_grad)  # nothing was recorded for d
print(e.is_leaf and e.requires_grad)  # e starts a new history
