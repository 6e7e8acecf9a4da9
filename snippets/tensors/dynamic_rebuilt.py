import torch


def f(x):
    return (x * x).sum()


x = torch.tensor([1.0, 2.0], requires_grad=True)
a = f(x)
b = f(x)  # same code, same input: a second, separate graph
print(a.grad_fn is b.grad_fn, a.grad_fn.name() == b.grad_fn.name())

a.backward()  # frees the tensors saved in a's graph, none of b's
b.backward()  # b's graph is intact: no retain_graph needed
print(x.grad)  # the two gradients 2x accumulated

try:
    a.backward()  # a's saved tensors went with its first backward
except RuntimeError as error:
    print(str(error).split(" (")[0])
