# raises: TypeError
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
handle = w.register_post_accumulate_grad_hook(lambda p: p.grad * 2)  # returns a tensor
try:
    (w * 3).sum().backward()
except RuntimeError as error:
    print("RuntimeError:", error)
handle.remove()

# the one tensor let through: the parameter itself, treated as if None were returned
handle = w.register_post_accumulate_grad_hook(lambda p: p)
(w * 3).sum().backward()
print("returning p itself: no error")
handle.remove()

opt = torch.optim.SGD([w], lr=0.1)
# a lambda returns what its expression returns: here a tuple, not None
w.register_post_accumulate_grad_hook(lambda p: (opt.step(), opt.zero_grad()))
(w * 3).sum().backward()
