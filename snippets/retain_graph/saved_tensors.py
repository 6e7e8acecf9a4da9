import torch

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
x = torch.tensor([4.0, 5.0, 6.0], requires_grad=True)


def saved(node):
    # A node's attributes named _saved_* show what it saved for the backward pass.
    return {k: getattr(node, k) for k in dir(node) if k.startswith("_saved")}


cases = [
    ("a + 1", a + 1),
    ("-a", -a),
    ("a.sum()", a.sum()),
    ("a * 2", a * 2),
    ("a * x", a * x),
    ("a.exp()", a.exp()),
]
for label, out in cases:
    print(f"{label:8} {out.grad_fn.name():13} {saved(out.grad_fn)}")
