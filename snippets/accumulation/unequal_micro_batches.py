import torch

x = torch.arange(8.0)
y = 3 * x + 1
w = torch.tensor(0.5, requires_grad=True)

((w * x - y) ** 2).mean().backward()
full = w.grad.clone()

# Micro-batches of 6 and 2 samples: dividing each mean by k = 2 is not enough.
for weigh in ["1 / k", "size / N"]:
    w.grad = None
    for xs, ys in zip(x.split([6, 2]), y.split([6, 2])):
        factor = 1 / 2 if weigh == "1 / k" else len(xs) / len(x)
        (((w * xs - ys) ** 2).mean() * factor).backward()
    print(f"{weigh:8}", w.grad, torch.allclose(w.grad, full))
print("full    ", full)
