import torch


class ReluWithMask(torch.autograd.Function):
    @staticmethod
    def forward(x, mark):
        mask = (x > 0).to(x.dtype)  # a float tensor, but not something to differentiate
        return x * mask, mask

    @staticmethod
    def setup_context(ctx, inputs, output):
        _, mask = output
        if inputs[1]:
            ctx.mark_non_differentiable(mask)
        ctx.save_for_backward(mask)

    @staticmethod
    def backward(ctx, grad_y, grad_mask):
        print("  grad_mask:", grad_mask)
        (mask,) = ctx.saved_tensors
        return grad_y * mask, None


for mark in (False, True):
    print("marked" if mark else "not marked")
    x = torch.tensor([-1.0, 2.0, 3.0], requires_grad=True)
    y, mask = ReluWithMask.apply(x, mark)
    print("  mask.requires_grad:", mask.requires_grad)
    (y.sum() + mask.sum()).backward()
    print("  x.grad:", x.grad)

values, indices = x.max(dim=0)  # an integer output does not require grad
print(values.requires_grad, indices.requires_grad, indices.dtype)
try:
    indices.requires_grad_()  # and cannot be made to
except RuntimeError as error:
    print("RuntimeError:", error)
