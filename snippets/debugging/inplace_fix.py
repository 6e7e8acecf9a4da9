import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(3, 4)
        self.act = nn.ReLU(inplace=True)  # safe here: it overwrites fc1's output
        self.fc2 = nn.Linear(4, 1)

    def forward(self, x):
        h = self.act(self.fc1(x))  # fc1's node saved its input x, not its output
        s = torch.sigmoid(h)
        s = s + 1.0  # out of place: a new tensor, the saved s is untouched
        return self.fc2(s)


def saved_tensors(node):
    """The names of the tensors a backward node saved (its _saved_* tensor attributes)."""
    return [n for n in dir(node) if n.startswith("_saved") and torch.is_tensor(getattr(node, n))]


torch.manual_seed(0)
net = Net()
loss = net(torch.randn(2, 3)).sum()
loss.backward()
print(loss.grad_fn.name())
print(net.fc1.weight.grad.shape, net.fc2.weight.grad.shape)

# What fc1's backward node keeps: one tensor, its input x, not its output.
x = torch.randn(2, 3)
node = net.fc1(x).grad_fn
print(node.name(), saved_tensors(node), node._saved_mat1.equal(x))

# What the backward of a sigmoid or a tanh keeps: its own output.
for f in (torch.sigmoid, torch.tanh):
    out = f(torch.zeros(2, requires_grad=True))
    print(out.grad_fn.name(), saved_tensors(out.grad_fn))
