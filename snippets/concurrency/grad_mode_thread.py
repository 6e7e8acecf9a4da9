import threading

import torch

records = {}


def compute(label):
    x = torch.ones(1, requires_grad=True)
    records[label] = (x * 2).requires_grad  # True if grad mode is on here


managers = {
    "no_grad": torch.no_grad,
    "set_grad_enabled(False)": lambda: torch.set_grad_enabled(False),
    "inference_mode": torch.inference_mode,
}
for name, manager in managers.items():
    with manager():
        thread = threading.Thread(target=compute, args=(f"{name}, new thread",))
        thread.start()
        thread.join()  # wait, so that the prints below come in a fixed order
        compute(f"{name}, main thread")

for label, recorded in records.items():
    print(f"{label}: records {recorded}")
