import torch

model = torch.nn.Linear(2, 1)


def run(inputs, train):
    model.train(train)  # dropout, batch norm, ...: a different switch
    with torch.set_grad_enabled(train):  # record only while training
        return model(inputs)


print("train:", run(torch.ones(2), train=True).requires_grad)
print("eval: ", run(torch.ones(2), train=False).requires_grad)

# model.eval() alone does not stop the recording.
model.eval()
print("eval() only:", model(torch.ones(2)).requires_grad)

# Called as a plain function, it switches the mode (of this thread) until switched back.
torch.set_grad_enabled(False)
print(torch.is_grad_enabled(), model(torch.ones(2)).requires_grad)
torch.set_grad_enabled(True)
print(torch.is_grad_enabled(), model(torch.ones(2)).requires_grad)
