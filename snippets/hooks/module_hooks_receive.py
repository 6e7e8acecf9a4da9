import torch
from torch import nn

lin = nn.Linear(3, 2)


def shapes(ts):
    return [None if t is None else tuple(t.shape) for t in ts]


lin.register_forward_pre_hook(lambda m, args: print("forward_pre   args", shapes(args)))
lin.register_forward_hook(
    lambda m, args, out: print("forward       args", shapes(args), "out", shapes([out]))
)
lin.register_full_backward_pre_hook(
    lambda m, gout: print("backward_pre  grad_output", shapes(gout))
)
lin.register_full_backward_hook(
    lambda m, gin, gout: print("backward      grad_input", shapes(gin), "grad_output", shapes(gout))
)

x = torch.tensor(
    [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0], [1.0, 0.0, 1.0]], requires_grad=True
)
y = lin(x)
y.sum().backward()
print("x.grad", tuple(x.grad.shape), "weight.grad", tuple(lin.weight.grad.shape))
