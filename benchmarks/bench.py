"""``make bench``: how long the suite and the build take, against their targets, in one run.

Measured on this machine, in this order:

* test cold  - ``make test`` with no ``.cache`` (every snippet runs: the determinism
               pair, the standalone run and the notebook kernels)
* test warm  - ``make test`` again, nothing changed (nothing re-executes)
* off        - ``mkdocs build`` with execution off (committed outputs rendered)
* cold       - ``mkdocs build`` with an empty run cache
* warm       - ``mkdocs build`` again, nothing changed
* floor      - one interpreter, one ``import torch``, every snippet exec'd in turn
* engine     - ``python -m verified check``: every snippet run twice, isolated, compared
* flood      - a build of a small project whose snippet prints without end:
               how long until it fails, and its peak memory

Builds are the median of ``--repeat`` runs (default 3); the two ``make test``
runs are timed once each (``--skip-tests`` leaves them out). ``--baseline REV``
(repeatable) also times cold and warm ``make test`` of that commit, in a
throwaway clone sharing this ``.venv``, so before and after are measured in
one run on one machine: e.g. ``--baseline bc683e2``, the first commit of the
new engine, at issue 11's 80 snippets, before the replays of 58b4fba made
warm runs fast. (A commit whose dependencies differ from today's cannot share
the ``.venv``: b6403f9, before issue 11, still needs linkchecker.)

Targets: cold ``make test`` <= 240 s and warm <= 90 s (issue 11, whose
baseline was 487 s, 8 min 07 s, at 80 snippets; the cold target is also
printed per snippet, 240 s / 80 = 3.0 s, since the suite has grown past those
80 snippets); cold build <= 1.5 x (floor + off); warm build <= 1.2 x off;
peak memory of a cold build and of the flood build <= 1 GB; the flood fails
within 30 s.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT))

from verified.engine.snippet import discover  # noqa: E402

COLD_TARGET_S, WARM_TARGET_S = 240.0, 90.0  # issue 11
TARGET_SNIPPETS = 80  # the snippet count those targets were set at
BASELINE_TEST_S = 487.0  # issue 11: `make test` on a fresh clone at 80 snippets, before
FLOOR_SCRIPT = """
import contextlib, io, os, sys, tempfile
import torch
os.chdir(tempfile.mkdtemp())
for path in sys.argv[1:]:
    code = open(path, encoding="utf-8").read()
    sink = io.StringIO()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        try:
            exec(compile(code, path, "exec"), {"__name__": "__main__", "__file__": path})
        except BaseException:
            pass
"""
FLOOD_PROJECT = {
    "mkdocs.yml": "site_name: flood\ntheme:\n  name: material\n  font: false\nplugins:\n"
    "  - verified:\n      notebooks: false\nmarkdown_extensions:\n  - pymdownx.superfences\n"
    "  - pymdownx.snippets:\n      base_path: !relative $config_dir/snippets\n"
    "      check_paths: true\n",
    "docs/index.md": '# Flood\n\n```python\n--8<-- "flood/loop.py"\n```\n',
    "snippets/flood/loop.py": "step = 0\nwhile True:\n    step += 1\n    print('step', step)\n",
}


def _tree_memory(process: psutil.Process) -> int:
    """Memory of a process tree: PSS (shared pages split between the processes sharing them)."""
    total = 0
    for proc in [process, *process.children(recursive=True)]:
        try:
            total += proc.memory_full_info().pss
        except (psutil.Error, AttributeError):
            with contextlib.suppress(psutil.Error):
                total += proc.memory_info().rss
    return total


def timed(
    command: list[str],
    env: dict | None = None,
    memory: bool = False,
    cwd: Path = ROOT,
    expect_failure: bool = False,
) -> tuple[float, int]:
    """Wall time of ``command``; with ``memory``, also the peak PSS of its process tree.

    Reading PSS (/proc/*/smaps) costs CPU, so runs whose time is reported are not
    sampled, except the flood build, whose time is a bound and not a speed.
    """
    started = time.perf_counter()
    proc = subprocess.Popen(
        command,
        cwd=cwd,
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
    failed = proc.returncode != 0
    if failed != expect_failure:
        raise SystemExit(
            f"{' '.join(command)} exited {proc.returncode}:\n{stderr.decode()[-3000:]}"
        )
    return elapsed, peak


def flood_build(mkdocs: list[str]) -> tuple[float, int]:
    with tempfile.TemporaryDirectory(prefix="bench-flood-") as directory:
        root = Path(directory)
        for name, text in FLOOD_PROJECT.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(textwrap.dedent(text))
        command = [mkdocs[0], "build", "--quiet", "--site-dir", str(root / "site")]
        return timed(command, {"NO_MKDOCS_2_WARNING": "1"}, True, root, expect_failure=True)


def baseline_tests(rev: str) -> tuple[float, float, int]:
    """Cold and warm ``make test`` of commit ``rev`` in a throwaway clone, and its snippet count."""
    with tempfile.TemporaryDirectory(prefix=f"bench-{rev}-") as directory:
        clone = Path(directory) / "clone"
        subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
        subprocess.run(["git", "-C", str(clone), "checkout", "-q", rev], check=True)
        for shared in (".venv", "node_modules"):
            (clone / shared).symlink_to(ROOT / shared)
        # The shared environment is current: no reinstall, whatever the clone's file dates.
        env = {"PYTHONPATH": str(clone), "NO_MKDOCS_2_WARNING": "1"}
        make = [
            "make",
            "-o",
            ".venv/.installed-stamp",
            "-o",
            "node_modules/.installed-stamp",
            "test",
        ]
        cold = timed(make, env, cwd=clone)[0]
        warm = timed(make, env, cwd=clone)[0]
        return cold, warm, len(list((clone / "snippets").rglob("*.py")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-tests", action="store_true", help="time the builds only")
    parser.add_argument("--baseline", action="append", default=[], metavar="REV")
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
    m: dict[str, float] = {}
    print(f"{len(snippets)} snippets, {os.cpu_count()} CPUs", flush=True)

    if not args.skip_tests:
        shutil.rmtree(cache, ignore_errors=True)
        m["test_cold"] = timed(["make", "test"])[0]
        print(f"  make test, cold: {m['test_cold']:.0f} s", flush=True)
        m["test_warm"] = timed(["make", "test"])[0]
        print(f"  make test, warm: {m['test_warm']:.0f} s", flush=True)

    baselines = {}
    for rev in args.baseline:
        baselines[rev] = baseline_tests(rev)
        print(
            f"  make test of {rev}: cold {baselines[rev][0]:.0f} s, warm {baselines[rev][1]:.0f} s"
        )

    results: dict[str, list[float]] = {k: [] for k in ("off", "cold", "warm", "floor", "engine")}
    for round_ in range(args.repeat):
        results["off"].append(timed(mkdocs, {**env, "VERIFIED_EXECUTE": "0"})[0])
        shutil.rmtree(cache / "runs", ignore_errors=True)
        results["cold"].append(timed(mkdocs, env)[0])
        results["warm"].append(timed(mkdocs, env)[0])
        results["floor"].append(
            timed([sys.executable, "-c", FLOOR_SCRIPT, *map(str, (ROOT / p for p in paths))])[0]
        )
        results["engine"].append(timed([sys.executable, "-m", "verified", "check"])[0])
        print(f"  build round {round_ + 1} done", flush=True)
    m.update({key: statistics.median(values) for key, values in results.items()})
    shutil.rmtree(cache / "runs", ignore_errors=True)
    peak_build = timed(mkdocs, env, memory=True)[1] / 2**20  # one more cold build, for memory
    shutil.rmtree(ROOT / ".cache/bench-site", ignore_errors=True)
    flood_s, flood_peak = flood_build(mkdocs)
    flood_mb = flood_peak / 2**20

    count = len(snippets)
    print()
    print("| measure | seconds |")
    print("| --- | --- |")
    labels = {
        "test_cold": "make test, cold (no .cache)",
        "test_warm": "make test, warm (nothing changed)",
        "off": "build, execution off",
        "cold": "build, cold run cache",
        "warm": "build, warm run cache",
        "floor": "in-process floor (1 interpreter, 1 import torch)",
        "engine": "engine check (each snippet twice, isolated)",
    }
    for key, label in labels.items():
        if key in m:
            print(f"| {label} | {m[key]:.1f} |")
    print(f"| a flooding snippet's build, until it fails | {flood_s:.1f} |")
    for rev, (cold, warm, snippet_count) in baselines.items():
        print(f"| make test of {rev} ({snippet_count} snippets), cold | {cold:.1f} |")
        print(f"| make test of {rev} ({snippet_count} snippets), warm | {warm:.1f} |")
    print()
    print("| cost per snippet | seconds |")
    print("| --- | --- |")
    if "test_cold" in m:
        print(f"| make test, cold / {count} snippets | {m['test_cold'] / count:.2f} |")
    print(f"| engine check / {count} snippets | {m['engine'] / count:.3f} |")
    print(
        f"| cold build minus execution-off build, / {count} | {(m['cold'] - m['off']) / count:.3f} |"
    )
    print()
    checks = []
    for rev, (cold, warm, snippet_count) in baselines.items():
        checks += [
            (f"{rev}: make test cold at {snippet_count} snippets (s)", cold, "<=", COLD_TARGET_S),
            (f"{rev}: make test warm at {snippet_count} snippets (s)", warm, "<=", WARM_TARGET_S),
        ]
        if "test_cold" in m:
            per_now, per_then = m["test_cold"] / count, cold / snippet_count
            checks.append((f"cold cost per snippet, now / {rev}", per_now / per_then, "<=", 1.0))
    if "test_cold" in m:
        checks += [
            (
                f"make test cold per snippet (s): {COLD_TARGET_S:g} s at {TARGET_SNIPPETS} snippets",
                m["test_cold"] / count,
                "<=",
                COLD_TARGET_S / TARGET_SNIPPETS,
            ),
            (f"make test cold at {count} snippets (s)", m["test_cold"], "<=", COLD_TARGET_S),
            ("make test warm (s)", m["test_warm"], "<=", WARM_TARGET_S),
            (
                "make test cold / issue-11 baseline 487 s",
                m["test_cold"] / BASELINE_TEST_S,
                "<=",
                1.0,
            ),
        ]
    checks += [
        ("build cold / (floor + off)", m["cold"] / (m["floor"] + m["off"]), "<=", 1.5),
        ("build warm / off", m["warm"] / m["off"], "<=", 1.2),
        ("cold-build peak memory (GB)", peak_build / 1024, "<=", 1.0),
        ("flood build: seconds until it fails", flood_s, "<=", 30.0),
        ("flood build peak memory (GB)", flood_mb / 1024, "<=", 1.0),
    ]
    print("| ratio or bound | value | target | met |")
    print("| --- | --- | --- | --- |")
    failed = 0
    for name, value, op, target in checks:
        met = value <= target if op == "<=" else value >= target
        failed += not met
        print(f"| {name} | {value:.2f} | {op} {target:g} | {'yes' if met else 'NO'} |")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
