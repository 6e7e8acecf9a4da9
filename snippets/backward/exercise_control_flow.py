import torch


def f(a):
    b = a * 2
    while b.norm() < 1000:
        b = b * 2
    if b.sum() > 0:
        return b
    return 100 * b


for start in [0.37, -1.5]:
    a = torch.tensor(start, requires_grad=True)
    d = f(a)
    d.backward()
    # Whatever path the loop and the branch took, d = k * a for some k,
    # so the derivative is k = d / a. Autograd recorded only what ran.
    print(start, a.grad.item(), (d / a).item(), torch.allclose(a.grad, d / a))
