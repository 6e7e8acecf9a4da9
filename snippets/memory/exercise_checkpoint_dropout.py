import torch
import torch.nn.functional as F
from torch.utils.checkpoint import checkpoint


def block(h):
    return F.dropout(h.sin(), p=0.5, training=True)


def grad_of(**ckpt):
    torch.manual_seed(0)
    x = torch.linspace(-1.0, 1.0, 1000, requires_grad=True)
    y = checkpoint(block, x, use_reentrant=False, **ckpt) if ckpt else block(x)
    y.sum().backward()
    return x.grad


plain = grad_of()
print("preserve_rng_state=True: ", torch.equal(grad_of(preserve_rng_state=True), plain))
print("preserve_rng_state=False:", torch.equal(grad_of(preserve_rng_state=False), plain))
