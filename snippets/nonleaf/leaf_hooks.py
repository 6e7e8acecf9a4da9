import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)


def before(grad):  # register_hook: runs before .grad is updated
    print("incoming:", grad)
    return grad * 10  # what is added to .grad


def after(param):  # runs after: gets the tensor itself, must return None
    print("accumulated:", param.grad)


w.register_hook(before)
w.register_post_accumulate_grad_hook(after)
(w * 3).sum().backward()
(w * 3).sum().backward()

# The post-accumulate hook is for leaves only, and its hook must return None.
try:
    (w * 3).register_post_accumulate_grad_hook(after)
except RuntimeError as e:
    print(e)
v = torch.tensor([1.0], requires_grad=True)
v.register_post_accumulate_grad_hook(lambda param: param.grad)  # returns a tensor
try:
    v.sum().backward()
except RuntimeError as e:
    print(e)
