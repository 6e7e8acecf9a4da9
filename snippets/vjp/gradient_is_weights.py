import torch


def grad_of_double(x_values, v):
    x = torch.tensor(x_values, requires_grad=True)
    y = x * 2  # J = 2I whatever x is
    y.backward(torch.tensor(v))
    return x.grad


# Same x, same shape of v, different values of v: different gradients.
print(grad_of_double([1.0, 1.0, 1.0], [1.0, 1.0, 1.0]))
print(grad_of_double([1.0, 1.0, 1.0], [1.0, 0.0, 0.5]))

# Different x, same v: the same gradient. v is not a value of x.
print(grad_of_double([5.0, -1.0, 3.0], [1.0, 0.0, 0.5]))
