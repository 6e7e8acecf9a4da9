import torch

log = []
w = torch.tensor([1.0, 2.0], requires_grad=True)
y = w * 3
z = (y * y).sum()
node = y.grad_fn  # MulBackward0 of y = w * 3

y.retain_grad()  # registered first, runs after the tensor hooks anyway
y.register_hook(lambda g: log.append(f"tensor hook on y     grad={g}  y.grad={y.grad}"))
node.register_prehook(lambda gout: log.append(f"prehook of y's node  y.grad={y.grad}"))
node.register_hook(lambda gin, gout: log.append(f"hook of y's node     grad_inputs={gin}"))
w.register_hook(lambda g: log.append(f"tensor hook on w     grad={g}  w.grad={w.grad}"))
w.register_post_accumulate_grad_hook(lambda p: log.append(f"post-accumulate on w w.grad={p.grad}"))

z.backward()
for i, event in enumerate(log, 1):
    print(i, event)
