import torch


def grow(x):
    steps = 0
    while x.abs().sum() < 10:  # how many times depends on the data
        x = x * 2
        steps += 1
    return x.sum(), steps


for start in ([1.0, 2.0], [0.1, 0.2]):
    x = torch.tensor(start, requires_grad=True)
    out, steps = grow(x)
    out.backward()
    node, muls = out.grad_fn, 0
    while node.next_functions:  # count the recorded multiplications
        node = node.next_functions[0][0]
        muls += node.name() == "MulBackward0"
    print(steps, muls, x.grad)  # the gradient is 2 ** steps
