# raises: RuntimeError
import torch

x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
y = x * 2

for name, parts in [("split", y.split(2)), ("chunk", y.chunk(2))]:
    try:
        parts[0].mul_(2)
    except RuntimeError as e:  # the first two sentences: who is refused, and why
        who, why = str(e).split(". ")[:2]
        print(name, parts[0].grad_fn.name(), "->", who)
        print("     ", why)

a, b, c, d = y.unbind()  # four views, one function
a.mul_(2)
