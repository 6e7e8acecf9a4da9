import torch

w = torch.tensor([2.0, 3.0], requires_grad=True)


@torch.no_grad()  # the whole function body runs with tracking off
def predict(inputs):
    return w * inputs


out = predict(torch.ones(2))
print(out, out.requires_grad)

# enable_grad() switches tracking back on inside a no_grad region.
with torch.no_grad():
    with torch.enable_grad():
        tracked = w * 2
    untracked = w * 2
print(tracked.grad_fn.name(), untracked.grad_fn)
