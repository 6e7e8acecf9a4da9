# raises: TypeError
import torch

w = torch.tensor([0.5, -1.0], requires_grad=True)
pred = w * 3
print(pred.detach().cpu().numpy())  # the same line on a CPU or on a GPU
print(pred.requires_grad, pred.grad_fn.name())  # pred itself is unchanged

# The device is checked before requires_grad: a tensor that is not on the
# CPU fails with a TypeError. A meta tensor shows it on every machine.
off_cpu = torch.ones(2, device="meta", requires_grad=True)
off_cpu.numpy()
