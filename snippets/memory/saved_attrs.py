import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
w = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
y = x * w  # MulBackward0 keeps both factors
e = y.exp()  # ExpBackward0 keeps its own result

node = y.grad_fn
print(node.name(), node._saved_self is x, node._saved_other is w)
out = e.grad_fn._saved_result
print(e.grad_fn.name(), out is e, torch.equal(out, e), out.data_ptr() == e.data_ptr())

del x, w, y  # the names are gone, the graph still holds the tensors
print(node._saved_self, node._saved_other)
