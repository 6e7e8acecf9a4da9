import torch

A = torch.tensor([[1.0, 2.0], [0.0, 3.0]])


def f(x):
    return x @ A @ x  # x^T A x


x = torch.tensor([1.0, -1.0])
H = torch.autograd.functional.hessian(f, x)
print(H)
# By hand: the Hessian of x^T A x is A + A^T, whatever x is.
print(torch.equal(H, A + A.T))

# A Hessian-vector product with two grad calls, against H u.
x.requires_grad_()
u = torch.tensor([0.0, 1.0])
(g,) = torch.autograd.grad(f(x), x, create_graph=True)
(Hu,) = torch.autograd.grad(g @ u, x)
print(Hu, torch.equal(Hu, H @ u))
