import torch
from torch import nn


def run(hook=None, pre_hook=None):
    lin = nn.Linear(2, 1)
    with torch.no_grad():
        lin.weight.copy_(torch.tensor([[1.0, 2.0]]))
        lin.bias.fill_(0.5)
    if pre_hook:
        lin.register_full_backward_pre_hook(pre_hook)
    if hook:
        lin.register_full_backward_hook(hook)
    x = torch.tensor([[3.0, 4.0]], requires_grad=True)
    lin(x).sum().backward()
    print("  x.grad", x.grad, "weight.grad", lin.weight.grad)


print("no hook")
run()
print("backward pre-hook returns grad_output * 10")
run(pre_hook=lambda m, gout: (gout[0] * 10,))
print("backward hook returns grad_input * 0")
run(hook=lambda m, gin, gout: (gin[0] * 0,))
