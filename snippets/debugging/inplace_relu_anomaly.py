# raises: RuntimeError
# warns: UserWarning
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(3, 4)
        self.act = nn.ReLU(inplace=True)
        self.fc2 = nn.Linear(4, 1)

    def forward(self, x):
        h = torch.sigmoid(self.fc1(x))  # sigmoid saves its output h
        h = self.act(h)  # ReLU(inplace=True) overwrites that same memory
        return self.fc2(h)


torch.manual_seed(0)
net = Net()
with torch.autograd.set_detect_anomaly(True, check_nan=False):  # the hint's call
    loss = net(torch.randn(2, 3)).sum()
    loss.backward()
