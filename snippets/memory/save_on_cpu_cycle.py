import contextlib
import gc
import weakref

import torch
from torch.autograd.graph import save_on_cpu, saved_tensors_hooks

# On the CPU, save_on_cpu's pack hook keeps the tensor itself: .cpu() of a CPU
# tensor returns that tensor, not a copy, and nothing detaches it.
x = torch.tensor([1.0, 2.0, 3.0], device="cpu", requires_grad=True)
e = x.exp()
device, stored = save_on_cpu().pack_hook(e)
print(stored is e, stored.grad_fn.name())


def report_grad_mode(t):
    print("grad mode inside a pack hook:", torch.is_grad_enabled())
    return t.detach()


with saved_tensors_hooks(report_grad_mode, lambda t: t):
    x.sin()  # sin saves x: autograd calls the pack hook once


def output_left_alive(hooks, retain_graph=True):
    x = torch.tensor([1.0, 2.0, 3.0], device="cpu", requires_grad=True)
    with hooks:
        e = x.exp()  # exp saves its own output
    alive = weakref.ref(e)
    e.sum().backward(retain_graph=retain_graph)
    del e
    gc.collect()
    return alive() is not None  # is the output still in memory?


detach_hooks = saved_tensors_hooks(lambda t: t.detach(), lambda t: t)
print("retain_graph=True:  save_on_cpu()", output_left_alive(save_on_cpu()))
print("                    t.detach()   ", output_left_alive(detach_hooks))
print("                    no hooks     ", output_left_alive(contextlib.nullcontext()))
print("retain_graph=False: save_on_cpu()", output_left_alive(save_on_cpu(), retain_graph=False))
