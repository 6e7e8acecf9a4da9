import torch

model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 1))

# Freeze the first layer: its parameters stop requiring grad.
model[0].requires_grad_(False)

model(torch.ones(2, 3)).sum().backward()
for name, p in model.named_parameters():
    print(f"{name:9} requires_grad={p.requires_grad!s:5}  grad is None: {p.grad is None}")

# Hand only the trainable parameters to the optimizer.
trainable = [p for p in model.parameters() if p.requires_grad]
print(len(trainable), "of", len(list(model.parameters())), "parameters train")
