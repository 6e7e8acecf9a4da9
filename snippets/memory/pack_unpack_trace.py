import torch

packed = 0


def pack(t):
    global packed
    packed += 1
    what = t.grad_fn.name() if t.grad_fn else "leaf"
    print(f"pack   #{packed} {tuple(t.shape)} ({what})")
    return packed, t.detach()  # anything can be stored; here a label and the data


def unpack(box):
    label, t = box
    print(f"unpack #{label} {tuple(t.shape)}")
    return t


W = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
x = torch.tensor([1.0, 0.0, -1.0], requires_grad=True)
with torch.autograd.graph.saved_tensors_hooks(pack, unpack):
    h = W @ x  # saves W and x
    y = h.sin()  # saves h
    loss = (y * y).sum()  # saves y, twice
print("-- reading y.grad_fn._saved_self")
y.grad_fn._saved_self
print("-- backward")
loss.backward()
print(x.grad)

x2 = x.detach().requires_grad_()  # the same computation without hooks
h2 = W @ x2
y2 = h2.sin()
(y2 * y2).sum().backward()
print(torch.equal(x.grad, x2.grad))
