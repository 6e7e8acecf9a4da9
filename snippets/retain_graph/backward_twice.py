import torch


def backward_twice(f):
    a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    z = f(a).sum()
    z.backward()
    try:
        z.backward()  # a second pass, without retain_graph
    except RuntimeError:
        return "RuntimeError"
    return a.grad


print("a + 1   ", backward_twice(lambda a: a + 1))
print("-a      ", backward_twice(lambda a: -a))
print("a * 2   ", backward_twice(lambda a: a * 2))
print("a.exp() ", backward_twice(lambda a: a.exp()))
