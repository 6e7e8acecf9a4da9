# raises: RuntimeError
import torch

fired = []
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
pa, pb = a * 2, b * 3
unused = a * 5  # computed, but the loss never uses it
loss = (pa + pb).sum()

unused.register_hook(lambda g: fired.append("unused"))
pb.register_hook(lambda g: fired.append("pb tensor hook"))
pb.grad_fn.register_hook(lambda gin, gout: fired.append("pb node hook"))
handle = pa.register_hook(lambda g: fired.append("pa"))

torch.autograd.grad(loss, [a], retain_graph=True)  # only the branch towards a runs
print("grad w.r.t. a:", fired)

fired.clear()
handle.remove()
loss.backward()  # the whole graph runs
print("full backward:", fired)

c = torch.tensor([1.0, 2.0])  # no input requires grad: nothing is recorded
print("(c * 2).grad_fn:", (c * 2).grad_fn)
c.register_hook(lambda g: fired.append("c"))  # and a tensor hook is refused
