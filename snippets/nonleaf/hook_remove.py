import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
y = w * 3
handle = y.register_hook(lambda grad: grad * 10)

y.sum().backward(retain_graph=True)  # keep the graph for a second pass
print(w.grad)  # the hook scaled the gradient flowing through y

handle.remove()  # the handle undoes the registration
w.grad = None  # start the second pass from an empty .grad
y.sum().backward()
print(w.grad)
