import torch

x = torch.tensor(1.0, requires_grad=True)


@torch.no_grad()
def helper(t):
    with torch.enable_grad():
        inner = t * 2
    return inner, t * 3


with torch.set_grad_enabled(False):
    a = x * 2
    with torch.enable_grad():
        b = x * 2
        with torch.no_grad():
            c = x * 2
    inner, outer = helper(x)

d = x * 2  # back at the default mode
print([t.requires_grad for t in (a, b, c, inner, outer, d)])
print(torch.is_grad_enabled())
