import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
c = torch.tensor([3.0, 4.0])  # needs no grad
y = w * c
node = y.grad_fn
print(
    node.name(), "inputs from:", [None if f is None else f.name() for f, _ in node.next_functions]
)


def prehook(grad_outputs):  # before the node runs: the gradient w.r.t. its output
    print("prehook  grad_outputs", grad_outputs)
    return (grad_outputs[0] * 10,)  # optional: replaces grad_outputs


def hook(grad_inputs, grad_outputs):  # after: one gradient per input, then the outputs'
    print("hook     grad_inputs ", grad_inputs, "grad_outputs", grad_outputs)


node.register_prehook(prehook)
node.register_hook(hook)
y.sum().backward()
print("w.grad", w.grad)
