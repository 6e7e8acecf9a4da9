import torch
from torch.func import grad, hessian, jvp


def f(v):
    a, b = v
    return a**2 * b + b**3


v = torch.tensor([1.0, 2.0])
u = torch.tensor([1.0, 0.0])

# Forward-over-reverse: the JVP of the gradient function in direction u is H u.
_, hu = jvp(grad(f), (v,), (u,))
print(hu)
print(torch.allclose(hu, hessian(f)(v) @ u))
