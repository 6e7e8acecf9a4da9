import torch
from torch.autograd.functional import jacobian


def f(x):
    # Three outputs from three inputs.
    return torch.stack([x[0] * x[1], x[1] + x[2], x[2] * x[2]])


# Row i of J comes from backward with v = the i-th one-hot vector.
rows = []
for i in range(3):
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    f(x).backward(torch.eye(3)[i])
    rows.append(x.grad)
J_rows = torch.stack(rows)
print(J_rows)

# torch.autograd.functional.jacobian builds the same matrix for us.
J = jacobian(f, torch.tensor([1.0, 2.0, 3.0]))
print(torch.equal(J_rows, J))
