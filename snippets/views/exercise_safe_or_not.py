import re

import torch

ops = {
    "x * 3": lambda x: x * 3,
    "x.exp()": torch.exp,
    "x.sin()": torch.sin,
    "x.relu()": torch.relu,
}
for name, op in ops.items():
    x = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
    y = op(x)
    saves_output = hasattr(y.grad_fn, "_saved_result")
    y.add_(1)  # the same in-place change after each operation
    try:
        y.sum().backward()
        print(f"{name:9} {saves_output!s:5} safe")
    except RuntimeError as e:  # keep the part of the message that names y
        found = re.search(r"which is .*? instead", str(e))[0]
        print(f"{name:9} {saves_output!s:5} error: {found}")
