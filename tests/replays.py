"""Replays: what a slow nested run observed, kept and checked again while no input changed.

A few tests run whole programs in a throwaway project: ``verified deploy`` four
times (``test_deploy.py``), the repository's own tests over a project full of
planted faults, and a build plus a test run of a snippet that writes files
(``test_faults.py``). What such a run shows is a function of its inputs: the
engine and the test code, the installed packages, Python, git and Graphviz.

``replayed(label, run)`` calls ``run()``, which does the work and returns what
it observed as plain JSON data (exit codes, printed text, file contents); the
test then asserts on that data. The data is kept under
``.cache/verified/replays/<label>/``, keyed on a digest of every input. A later session with the very same inputs asserts on the kept data
without running the programs again; any change to an input (an edited engine
module or test, another package version) runs them for real. A session in
which any test failed drops the replays it wrote, so a failure is never kept.
A fresh clone (CI) has no ``.cache`` and runs everything;
``rm -rf .cache/verified/replays`` does the same here.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from verified.engine.cache import RunCache, graphviz_version

ROOT = Path(__file__).resolve().parents[1]
REPLAYS = ROOT / ".cache" / "verified" / "replays"
# What the nested runs read from this repository: the engine, the tests (they
# are copied into planted projects) and the pins.
REPLAY_SOURCES = ("verified", "tests", "conftest.py", "pyproject.toml")
_written: list[tuple[RunCache, str]] = []


@functools.cache
def _tool_versions() -> str:
    git = subprocess.run(["git", "--version"], capture_output=True, text=True, check=False)
    installed = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions())
    return "\n".join([*installed, sys.version, graphviz_version(), git.stdout.strip()])


@functools.cache
def inputs_digest(*sources: str) -> str:
    """A hash of the repository files under ``sources`` (tracked, or untracked and not
    ignored, as they are in the work tree), the installed packages, Python, Graphviz
    and git."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", *sources],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    digest = hashlib.sha256()
    for name in sorted(set(filter(None, listed.split(b"\0")))):
        path = ROOT / os.fsdecode(name)
        if path.is_file():  # listed but deleted in the work tree: not an input any more
            digest.update(name + b"\0" + path.read_bytes() + b"\0")
    digest.update(_tool_versions().encode())
    return digest.hexdigest()


def replayed(label: str, run: Callable[[], dict], root: Path = ROOT) -> dict:
    """What ``run()`` observed, from a kept replay of the same inputs or from running it.
    Replays are kept under ``root``'s ``.cache`` (tests point it elsewhere)."""
    cache = RunCache(root, f"replays/{label}")
    key = cache.key(inputs_digest(*REPLAY_SOURCES))
    observed = cache.get(key)
    if observed is None:
        observed = json.loads(json.dumps(run()))  # as a replay gives it: tuples become lists
        cache.put(key, observed)
        _written.append((cache, key))
    cache.evict_unused()  # replays of other inputs
    return observed


def forget_written(root: Path | None = None) -> None:
    """Drop the replays this session wrote (called when a test failed), or only those
    kept under ``root``."""
    for entry in list(_written):
        cache, key = entry
        if root is None or cache.directory.is_relative_to(Path(root)):
            cache.forget(key)
            _written.remove(entry)
