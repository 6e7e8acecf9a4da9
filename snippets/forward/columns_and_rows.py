import torch
import torch.autograd.forward_ad as fwAD


def jacobian_by_columns(f, x):  # forward mode: one pass per input
    columns = []
    for e in torch.eye(x.numel(), dtype=x.dtype):
        with fwAD.dual_level():
            columns.append(fwAD.unpack_dual(f(fwAD.make_dual(x, e))).tangent)
    return torch.stack(columns, dim=1), len(columns)


def jacobian_by_rows(f, x):  # reverse mode: one backward pass per output
    rows = []
    for e in torch.eye(f(x).numel(), dtype=x.dtype):
        x_ = x.clone().requires_grad_()
        f(x_).backward(e)
        rows.append(x_.grad)
    return torch.stack(rows), len(rows)


def wide(x):  # 4 inputs -> 1 output
    return (x**2).sum(dim=0, keepdim=True)


def tall(x):  # 1 input -> 4 outputs
    return x * torch.arange(1.0, 5.0, dtype=x.dtype)


for name, f, x in [("wide", wide, torch.arange(1.0, 5.0)), ("tall", tall, torch.tensor([2.0]))]:
    J_fwd, n_forward = jacobian_by_columns(f, x)
    J_rev, n_backward = jacobian_by_rows(f, x)
    print(name, tuple(J_fwd.shape), "forward passes:", n_forward, "backward passes:", n_backward)
    print(J_fwd.flatten(), torch.equal(J_fwd, J_rev))
