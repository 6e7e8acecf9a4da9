import gc
import weakref

import torch
from torch.autograd import Function


class Double(Function):
    @staticmethod
    def forward(ctx, x):
        out = x * 2
        ctx.out = out  # the output on ctx: out -> out.grad_fn (this ctx) -> out
        return out

    @staticmethod
    def backward(ctx, grad_output):
        return 2 * grad_output


packed = []
with torch.autograd.graph.saved_tensors_hooks(lambda t: packed.append(t) or t, lambda t: t):
    x = torch.tensor([1.0], requires_grad=True)
    y = Double.apply(x)
print("pack hook calls:", len(packed))  # the hook never saw ctx.out

ref = weakref.ref(y)
del y
print("alive after del:", ref() is not None)  # kept alive by the cycle
gc.collect()
print("alive after gc.collect():", ref() is not None)
