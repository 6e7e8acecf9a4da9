import torch


def make_out():
    # Build a fresh graph each time: the same out as before.
    x = torch.ones(2, 2, requires_grad=True)
    out = ((x + 2) * (x + 2) * 3).mean()
    return x, out


x1, out1 = make_out()
out1.backward()  # no argument

x2, out2 = make_out()
seed = torch.ones_like(out2)  # what backward() uses: ones shaped like out
print(out2.shape, seed)  # mean() returns a 0-dim tensor, so the seed is tensor(1.)
out2.backward(seed)

print(x1.grad)
print(torch.equal(x1.grad, x2.grad))

# The argument scales every gradient: 2.0 doubles them.
x3, out3 = make_out()
out3.backward(gradient=torch.tensor(2.0))  # the argument's name: gradient
print(x3.grad)
