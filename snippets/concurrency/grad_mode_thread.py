import threading

import torch

seen = {}


def worker():
    seen["new thread"] = torch.is_grad_enabled()
    x = torch.ones(1, requires_grad=True)
    seen["new thread records"] = (x * 2).requires_grad


with torch.no_grad():
    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()  # wait, so that the prints below come in a fixed order
    seen["main thread"] = torch.is_grad_enabled()

for name, value in seen.items():
    print(f"{name}: {value}")
