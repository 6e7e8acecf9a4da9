# warns: UserWarning
import torch

a = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
b = torch.tensor([[1.0, 2.0], [0.0, 0.0]])  # row 0 of a equals row 0 of b

with torch.autograd.set_detect_anomaly(True):
    squared = ((a - b) ** 2).sum(dim=1)
    squared.register_hook(lambda g: print("gradient sqrt sends back:", g))
    dist = torch.sqrt(squared)
    try:
        dist.sum().backward()
    except RuntimeError as error:
        print(error)

# sqrt at 0 sent inf back (the first line); pow's backward turned 0 * inf into nan.
a.grad = None
torch.linalg.vector_norm(a - b, dim=1).sum().backward()
print(a.grad)
