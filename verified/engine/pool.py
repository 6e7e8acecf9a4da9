"""The parent side of the fork servers: start workers, send runs, collect results.

There are always two workers, each a separately started interpreter (its own
hash seed and address layout). Every snippet runs once on each, so two runs
that print different text reveal nondeterminism, and the second worker takes
the snippets in a shuffled order, so any leak of state between runs would show.
"""

from __future__ import annotations

import atexit
import json
import os
import random
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

PACKAGE_PARENT = Path(__file__).resolve().parents[2]


class WorkerError(RuntimeError):
    pass


@dataclass(frozen=True)
class RunRequest:
    code: str
    filename: str  # as the reader types it: "snippets/x/y.py" (the run's cwd is a scratch folder)
    device: str = "cpu"
    timeout: float = 60.0
    graphs: tuple[str, ...] = ()  # tensors whose autograd graph to draw (the build asks)

    def as_json(self) -> str:
        return json.dumps(
            {
                "code": self.code,
                "filename": self.filename,
                "device": self.device,
                "timeout": self.timeout,
                "graphs": list(self.graphs),
            }
        )


class Worker:
    """One ``python -m verified.engine.worker`` process, used by one thread at a time.

    ``executable`` is the interpreter it runs with (default: this one). Another
    one needs only torch, numpy and matplotlib: the engine comes from PYTHONPATH.
    """

    def __init__(self, hash_seed: int, executable: str | None = None) -> None:
        self.hash_seed = hash_seed
        self.executable = executable or sys.executable
        self.lock = threading.Lock()
        self.proc: subprocess.Popen[str] | None = None
        self.torch_version: str | None = None

    def start(self) -> None:
        env = dict(os.environ)
        env["PYTHONHASHSEED"] = str(self.hash_seed)
        env["PYTHONPATH"] = os.pathsep.join(
            [str(PACKAGE_PARENT), *filter(None, [env.get("PYTHONPATH")])]
        )
        env.pop("PYTHONWARNINGS", None)  # a reader's interpreter has default filters
        env.setdefault("PYTHONIOENCODING", "utf-8")
        self.proc = subprocess.Popen(
            [self.executable, "-m", "verified.engine.worker"],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )

    def _ensure_ready(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            self.start()
        if self.torch_version is None:
            hello = self._read_line()
            self.torch_version = hello["torch_version"]

    def _read_line(self) -> dict:
        assert self.proc is not None and self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            code = self.proc.wait()
            self.proc = None
            self.torch_version = None
            raise WorkerError(
                f"the snippet worker exited (status {code}); is torch installed for {self.executable}?"
            )
        return json.loads(line)

    def run(self, request: RunRequest) -> dict:
        with self.lock:
            self._ensure_ready()
            assert self.proc is not None and self.proc.stdin is not None
            self.proc.stdin.write(request.as_json() + "\n")
            self.proc.stdin.flush()
            return self._read_line()

    def close(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.proc = None
        self.torch_version = None


class Pool:
    """Two workers. Cheap to create; workers start on first use. Serves any project root.

    ``executable`` is the Python whose torch runs the snippets (default: this one);
    ``make drift`` passes another environment's.
    """

    def __init__(self, shuffle_seed: int | None = None, executable: str | None = None) -> None:
        seeds = random.Random().sample(range(1, 2**31), 2)
        self.workers = [Worker(seeds[0], executable), Worker(seeds[1], executable)]
        self.shuffle_seed = random.randrange(2**32) if shuffle_seed is None else shuffle_seed
        atexit.register(self.close)

    def start(self) -> None:
        """Start both interpreters now so their ``import torch`` overlaps other work."""
        for worker in self.workers:
            if worker.proc is None:
                worker.start()

    def run_pairs(self, requests: list[RunRequest]) -> list[tuple[dict, dict]]:
        """Run every request on both workers: in order on one, shuffled on the other."""
        shuffled = list(range(len(requests)))
        random.Random(self.shuffle_seed).shuffle(shuffled)

        def run_on(worker: Worker, order: list[int]) -> dict[int, dict]:
            return {index: worker.run(requests[index]) for index in order}

        with ThreadPoolExecutor(max_workers=2) as executor:
            in_order = executor.submit(run_on, self.workers[0], list(range(len(requests))))
            in_shuffle = executor.submit(run_on, self.workers[1], shuffled)
            first, second = in_order.result(), in_shuffle.result()
        return [(first[i], second[i]) for i in range(len(requests))]

    def close(self) -> None:
        for worker in self.workers:
            worker.close()


_SHARED: list[Pool] = []


def shared_pool() -> Pool:
    """One pool per process, reused across mkdocs rebuilds (``mkdocs serve``) and tests."""
    if not _SHARED:
        _SHARED.append(Pool())
    return _SHARED[0]
