import torch


class Triple_(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        x.mul_(3)  # modifies its input in place
        ctx.mark_dirty(x)  # ... and says so
        return x

    @staticmethod
    def backward(ctx, grad_output):
        return 3 * grad_output


class TripleUnmarked(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        x.mul_(3)  # the same change, not declared
        return x

    @staticmethod
    def backward(ctx, grad_output):
        return 3 * grad_output


for Triple in (Triple_, TripleUnmarked):
    a = torch.tensor([1.0, 2.0], requires_grad=True)
    b = a.clone()
    out = Triple.apply(b)
    print(Triple.__name__, b, "out is b:", out is b)
    b.sum().backward()  # keep using b, as in-place code does
    print("  a.grad", a.grad)
