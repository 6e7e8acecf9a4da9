import threading

import torch

xs = torch.tensor([0.0, 0.5, 1.0, 1.5])  # made in the main thread
derivatives = [None] * len(xs)


def derivative(i):
    x = xs[i].clone().requires_grad_()
    (d,) = torch.autograd.grad(torch.sin(x) * x, x)
    derivatives[i] = d


threads = [threading.Thread(target=derivative, args=(i,)) for i in range(len(xs))]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

expected = torch.cos(xs) * xs + torch.sin(xs)  # product rule
print(torch.stack(derivatives))
print(torch.allclose(torch.stack(derivatives), expected))
