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
