import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x * x).sum()  # MulBackward0 saves x: dy/dx = 2x = (2, 4)

y.backward(retain_graph=True)
print("call 1:", x.grad)
y.backward()  # no retain_graph: this pass frees the saved tensors
print("call 2:", x.grad)
try:
    y.backward()
except RuntimeError as e:
    print("call 3 raised:", str(e).startswith("Trying to backward through the graph a second time"))
print("after:", x.grad)  # the failed call added nothing
