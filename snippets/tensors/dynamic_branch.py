import torch


def chain(t):  # the names of the nodes from t back to its leaf
    names, node = [], t.grad_fn
    while node is not None:
        names.append(node.name())
        node = node.next_functions[0][0] if node.next_functions else None
    return names


def f(x):
    if x > 0:  # a plain Python if, decided by the value of x
        return x.sqrt()
    return x * 0.0


for value in (4.0, 0.0):
    x = torch.tensor(value, requires_grad=True)
    y = f(x)
    y.backward()
    print(value, chain(y), x.grad)

x = torch.tensor(0.0, requires_grad=True)
x.sqrt().backward()  # the branch not taken, had it run at 0
print(x.grad)
