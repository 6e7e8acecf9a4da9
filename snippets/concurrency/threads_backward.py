import threading

import torch

grads = [None] * 4


def train(k):
    w = torch.tensor([float(k), 1.0], requires_grad=True)  # a graph of its own
    (w**2).sum().backward()
    grads[k] = w.grad


threads = [threading.Thread(target=train, args=(k,)) for k in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
for k, g in enumerate(grads):
    print(k, g)  # 2w in every thread

shared = torch.tensor([1.0, 2.0], requires_grad=True)


def shared_backward():
    (shared * 3).sum().backward()  # four graphs, one shared leaf


threads = [threading.Thread(target=shared_backward) for _ in range(4)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(shared.grad)  # 4 x 3: the four gradients accumulated
