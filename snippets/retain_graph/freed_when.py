import torch


def state(node):
    try:
        node._saved_self, node._saved_other  # reading a released saved tensor raises
        return "saved"
    except RuntimeError:
        return "freed"


w = torch.tensor([1.0, 2.0], requires_grad=True)
x = torch.tensor([3.0, 4.0], requires_grad=True)
y = w * x  # this node saves w and x
s = y * y  # this node saves y

# A hook on y runs mid-pass: after s's node has run, before y's node runs.
y.register_hook(lambda grad: print("during:", state(s.grad_fn), state(y.grad_fn)))
print("before:", state(s.grad_fn), state(y.grad_fn))
s.sum().backward()
print("after: ", state(s.grad_fn), state(y.grad_fn))

# A pass that stops at y never runs the node of y = w * x: it keeps w and x.
y = w * x
s = y * y
torch.autograd.grad(s.sum(), y)
print("grad to y:", state(s.grad_fn), state(y.grad_fn))
