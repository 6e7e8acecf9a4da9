import threading

import torch

torch.set_default_device("meta")  # any device will do; meta allocates nothing
seen = {}


def worker():
    seen["new thread"] = torch.ones(1).device.type


thread = threading.Thread(target=worker)
thread.start()
thread.join()
seen["main thread"] = torch.ones(1).device.type
print(seen)
