import torch

torch.manual_seed(0)
extractor = torch.nn.Linear(2, 2)  # trainable weights
w = torch.tensor([1.0, -1.0], requires_grad=True)
inputs = torch.ones(3, 2)

# Features computed once, outside the loop: every step's graph runs into theirs.
features = extractor(inputs)
node = features.grad_fn
print(node.name(), "saved its input:", torch.equal(node._saved_mat1, inputs))
for step in range(3):
    loss = (features @ w).pow(2).mean()
    try:
        loss.backward()
        print(f"step {step}: ok")
    except RuntimeError as e:
        print(f"step {step}: {str(e).split(' (')[0]}")
        break

# Computed inside the loop, the features get a fresh graph at every step.
for step in range(3):
    features = extractor(inputs)
    loss = (features @ w).pow(2).mean()
    loss.backward()
    print(f"step {step}: ok, features computed inside the loop")
