"""``make bench``: how fast the verified build is, against its floor and the naive way.

Measured in one run, on this machine, each figure the median of ``--repeat``
runs (default 3):

* off     - ``mkdocs build`` with execution off (committed outputs rendered)
* cold    - ``mkdocs build`` with an empty run cache
* warm    - ``mkdocs build`` again, nothing changed
* floor   - one interpreter, one ``import torch``, every snippet exec'd in turn
* engine  - ``python -m verified check``: every snippet run twice, isolated, compared
* naive   - one ``python snippets/<x>.py`` subprocess per snippet, one after another

and the peak memory (summed PSS of the process tree) of a cold build. Targets
(issue 2): cold <= 1.5 x (floor + off); engine >= 5 x faster than naive at >= 10
snippets; warm <= 1.2 x off; cold-build peak memory <= 1 GB.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT))

from verified.engine.snippet import discover  # noqa: E402

FLOOR_SCRIPT = """
import contextlib, io, sys, time
import torch
for path in sys.argv[1:]:
    code = open(path, encoding="utf-8").read()
    sink = io.StringIO()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        try:
            exec(compile(code, path, "exec"), {"__name__": "__main__", "__file__": path})
        except BaseException:
            pass
"""


def _tree_memory(process: psutil.Process) -> int:
    """Memory of a process tree: PSS (shared pages split between the processes sharing them).

    Forked runs share torch's pages with their worker; summing RSS would count
    those pages once per process.
    """
    total = 0
    for proc in [process, *process.children(recursive=True)]:
        try:
            total += proc.memory_full_info().pss
        except (psutil.Error, AttributeError):
            with contextlib.suppress(psutil.Error):
                total += proc.memory_info().rss
    return total


def timed(command: list[str], env: dict | None = None, memory: bool = False) -> tuple[float, int]:
    """Wall time of ``command``; with ``memory``, also the peak PSS of its process tree.

    Reading PSS (/proc/*/smaps) costs CPU, so runs whose time is reported are not
    sampled: the memory figure comes from a separate cold build.
    """
    started = time.perf_counter()
    proc = subprocess.Popen(
        command,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    handle = psutil.Process(proc.pid)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            with contextlib.suppress(psutil.Error):
                peak = max(peak, _tree_memory(handle))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    if memory:
        sampler.start()
    _, stderr = proc.communicate()
    elapsed = time.perf_counter() - started
    done.set()
    if memory:
        sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{stderr.decode()[-3000:]}")
    return elapsed, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    snippets = discover(ROOT)
    paths = [s.display_path for s in snippets]
    mkdocs = [
        str(BIN / "mkdocs"),
        "build",
        "--quiet",
        "--site-dir",
        str(ROOT / ".cache/bench-site"),
    ]
    env = {"NO_MKDOCS_2_WARNING": "1"}
    cache = ROOT / ".cache" / "verified"
    results: dict[str, list[float]] = {
        k: [] for k in ("off", "cold", "warm", "floor", "engine", "naive")
    }
    peaks: list[int] = []

    print(f"{len(snippets)} snippets, {args.repeat} repeats, {os.cpu_count()} CPUs", flush=True)
    for round_ in range(args.repeat):
        results["off"].append(timed(mkdocs, {**env, "VERIFIED_EXECUTE": "0"})[0])
        shutil.rmtree(cache, ignore_errors=True)
        results["cold"].append(timed(mkdocs, env)[0])
        results["warm"].append(timed(mkdocs, env)[0])
        results["floor"].append(timed([sys.executable, "-c", FLOOR_SCRIPT, *paths])[0])
        results["engine"].append(timed([sys.executable, "-m", "verified", "check"])[0])
        started = time.perf_counter()
        for path in paths:
            subprocess.run([sys.executable, path], cwd=ROOT, capture_output=True, check=False)
        results["naive"].append(time.perf_counter() - started)
        print(f"  round {round_ + 1} done", flush=True)
    shutil.rmtree(cache, ignore_errors=True)
    peaks.append(timed(mkdocs, env, memory=True)[1])  # one more cold build, for memory
    shutil.rmtree(ROOT / ".cache/bench-site", ignore_errors=True)

    m = {key: statistics.median(values) for key, values in results.items()}
    peak_mb = max(peaks) / 2**20
    print()
    print("| measure | seconds (median) |")
    print("| --- | --- |")
    labels = {
        "off": "build, execution off",
        "cold": "build, cold cache",
        "warm": "build, warm cache",
        "floor": "in-process floor (1 interpreter, 1 import torch)",
        "engine": "engine check (each snippet twice, isolated)",
        "naive": "one subprocess per snippet",
    }
    for key, label in labels.items():
        print(f"| {label} | {m[key]:.2f} |")
    print(f"| peak memory of a cold build (PSS of the process tree) | {peak_mb:.0f} MB |")
    print()
    checks = [
        ("cold / (floor + off)", m["cold"] / (m["floor"] + m["off"]), "<=", 1.5),
        ("naive / engine", m["naive"] / m["engine"], ">=", 5.0),
        ("warm / off", m["warm"] / m["off"], "<=", 1.2),
        ("cold-build peak memory (GB)", peak_mb / 1024, "<=", 1.0),
    ]
    print("| ratio | value | target | met |")
    print("| --- | --- | --- | --- |")
    failed = 0
    for name, value, op, target in checks:
        met = value <= target if op == "<=" else value >= target
        failed += not met
        print(f"| {name} | {value:.2f} | {op} {target} | {'yes' if met else 'NO'} |")
    if len(snippets) < 10:
        print(f"\nnote: only {len(snippets)} snippets; the naive/engine target is stated at >= 10")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
