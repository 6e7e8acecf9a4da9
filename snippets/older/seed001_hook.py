# Seed 001's hook program as published (comments translated), plus its imports;
# "\r\n" in its two strings is written "\n" here.
import torch as t
from torch.autograd import Variable as V

x = V(t.ones(3))
w = V(t.rand(3), requires_grad=True)
y = w.mul(x)
z = y.sum()


# hook
# a hook has no return value; its argument is a function whose argument is the gradient
def variable_hook(grad):
    print("hook梯度输出:\n", grad)


hook_handle = y.register_hook(variable_hook)  # register the hook
z.backward(retain_graph=True)  # prints through the hook above
hook_handle.remove()  # release it

print("autograd.grad输出:\n", t.autograd.grad(z, y))  # the t.autograd.grad way
