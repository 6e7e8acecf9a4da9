import threading

import torch


def in_new_thread(check):
    seen = []
    worker = threading.Thread(target=lambda: seen.append(check()))
    worker.start()
    worker.join()  # wait for it, so the print order is fixed
    return seen[0]


torch.set_grad_enabled(False)  # switches grad mode off for this thread only
print("main:", torch.is_grad_enabled(), " new thread:", in_new_thread(torch.is_grad_enabled))
torch.set_grad_enabled(True)

with torch.no_grad():
    print("main:", torch.is_grad_enabled(), " new thread:", in_new_thread(torch.is_grad_enabled))

with torch.inference_mode():
    on = torch.is_inference_mode_enabled
    print("main:", on(), "  new thread:", in_new_thread(on))
