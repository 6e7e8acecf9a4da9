# raises: RuntimeError
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(3, 4)
        self.fc2 = nn.Linear(4, 1)

    def forward(self, x):
        h = torch.sigmoid(self.fc1(x))  # sigmoid saves its output h
        h += 1.0  # ...which this line changes in place
        return self.fc2(h)


torch.manual_seed(0)
net = Net()
loss = net(torch.randn(2, 3)).sum()
loss.backward()
