import torch

x = torch.tensor([0.0, 4.0], requires_grad=True)

torch.sqrt(x).sum().backward()
print(x.grad)  # 1 / (2 * sqrt(0)) = inf

x.grad = None
(x**0.5).sum().backward()
print(x.grad)  # pow gives the same

x.grad = None
(torch.sqrt(x) * 0).sum().backward()
print(x.grad)  # nan at 0, even though the term is multiplied by 0

# Each backward node called on an incoming gradient of 0: the node of the
# result tells the formula's last step, a division for sqrt, a product for pow.
zero = torch.zeros(2)
print(torch.sqrt(x).grad_fn.name(), torch.sqrt(x).grad_fn(zero))
print((x**0.5).grad_fn.name(), (x**0.5).grad_fn(zero))
