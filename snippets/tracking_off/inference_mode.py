import torch

w = torch.tensor([2.0, 3.0], requires_grad=True)
u = w * 1  # a normal tensor that requires grad
with torch.inference_mode():
    t = w * 2
    v = w.view(2)  # a view of a normal tensor
    u.mul_(2)  # an in-place update of a normal tensor
print(t, t.requires_grad, t.is_inference())
# The view and the updated tensor stay normal and keep requires_grad.
print(v.is_inference(), v.requires_grad, u.is_inference(), u.requires_grad)

# A clone made outside the block is an ordinary tensor again.
c = t.clone()
print(c.is_inference())

# Operations that do not need to save t for backward still accept it.
print((w + t).requires_grad)


# Like no_grad(), inference_mode() also decorates a function.
@torch.inference_mode()
def predict(inputs):
    return w * inputs


print(predict(torch.ones(2)).is_inference())
