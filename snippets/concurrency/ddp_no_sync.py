import os
import tempfile

import torch
import torch.distributed as dist
import torch.multiprocessing as mp
from torch.nn.parallel import DistributedDataParallel as DDP

os.environ["GLOO_SOCKET_IFNAME"] = "lo"  # both processes run on this machine
data = torch.arange(24.0, device="cpu").reshape(8, 3) / 10  # 8 samples, 4 per process


def train(rank, init_file, results):
    dist.init_process_group("gloo", init_method=f"file://{init_file}", rank=rank, world_size=2)
    torch.manual_seed(0)  # the same initial weights in both processes
    model = DDP(torch.nn.Linear(3, 1, device="cpu"))  # gloo reduces CPU tensors
    first, second = data[4 * rank : 4 * rank + 4].split(2)  # two micro-batches
    with model.no_sync():  # forward and backward inside: no communication
        model(first).sum().backward()
    alone = model.module.weight.grad.tolist()
    model(second).sum().backward()  # accumulates, then all-reduces .grad (the mean)
    synced = model.module.weight.grad.tolist()
    model.zero_grad()
    loss = model(first).sum()  # this forward runs outside no_sync ...
    with model.no_sync():
        loss.backward()  # ... so this backward all-reduces anyway
    results.put((rank, alone, synced, model.module.weight.grad.tolist()))
    del model  # DDP's reducer goes before the process group it uses
    dist.destroy_process_group()


context = mp.get_context("fork")
results = context.SimpleQueue()
with tempfile.TemporaryDirectory() as scratch:
    init_file = os.path.join(scratch, "rendezvous")
    workers = [context.Process(target=train, args=(r, init_file, results)) for r in (0, 1)]
    for worker in workers:
        worker.start()
    received = sorted(results.get() for _ in workers)
    for worker in workers:
        worker.join()

for rank, alone, synced, late in received:
    print(f"rank {rank}: after no_sync {torch.tensor(alone)}")
    print(f"rank {rank}: after sync    {torch.tensor(synced)}")
    print(f"rank {rank}: only backward in no_sync {torch.tensor(late)}")

torch.manual_seed(0)
single = torch.nn.Linear(3, 1, device="cpu")  # one process, no DDP, the same weights
local = []
for rank in (0, 1):  # what each rank accumulates before the all-reduce: its 4 samples
    single.weight.grad = None
    single(data[4 * rank : 4 * rank + 4]).sum().backward()
    local.append(single.weight.grad)
    print(f"rank {rank}'s 4 samples, one process: {single.weight.grad}")
synced = torch.tensor(synced)
print("synced == mean of the two:", torch.allclose(synced, (local[0] + local[1]) / 2))
single.weight.grad = None
single(data).sum().backward()  # all 8 samples
print("synced == all 8 samples / 2:", torch.allclose(synced, single.weight.grad / 2))
