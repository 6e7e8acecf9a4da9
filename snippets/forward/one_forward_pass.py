import torch
import torch.autograd.forward_ad as fwAD

x = torch.tensor(2.0)

with fwAD.dual_level():
    # x carries a tangent: "move x at speed 1"
    dual_x = fwAD.make_dual(x, torch.tensor(1.0))
    y = torch.sin(dual_x) * dual_x  # an ordinary forward pass
    value, dydx = fwAD.unpack_dual(y)  # the derivative rode along

print(value, dydx)
print(torch.cos(x) * x + torch.sin(x))  # f'(x) by hand

# Reverse mode gets the same number from a separate backward pass.
x_ = x.clone().requires_grad_()
(torch.sin(x_) * x_).backward()
print(x_.grad)
