import threading

import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
results = {}


def evaluate():
    with torch.no_grad():  # grad mode must be switched off in this thread
        results["eval"] = (x * 2).requires_grad


thread = threading.Thread(target=evaluate)
thread.start()
thread.join()
results["main"] = (x * 2).requires_grad  # the main thread was not affected
print(results)
