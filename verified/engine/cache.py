"""A result cache under ``.cache/verified/<kind>/`` so that nothing unchanged runs twice.

Three kinds of result are cached: ``runs`` (a snippet's clean determinism
pair, shared by the build, the snippet tests and the pages run as written),
``standalone`` (``python snippets/x.py`` in a fresh interpreter) and
``notebooks`` (a chapter notebook executed in one kernel). The site tests keep
two more, ``browser`` and ``screenshots``, under the hash of the served bytes.

The key is everything an outcome depends on: the code's bytes, torch, the
device, Python, matplotlib and Graphviz versions, and the engine's own code
that shapes a run or judges it (``RULE_FILES``). Change any of them and the
code runs again. Only clean runs are stored (standalone and notebook results keep what they printed, judged anew on every use). A complete build (or test
session) calls ``evict_unused()``, which drops the entries it did not use:
those of edited or deleted snippets, old torch versions and old rules.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from functools import cache
from importlib import metadata
from pathlib import Path

ENGINE_DIR = Path(__file__).resolve().parent
# The engine modules that decide what a run prints or whether it passes.
RULE_FILES = (
    "capture.py",
    "worker.py",
    "normalise.py",
    "figures.py",
    "graphs.py",
    "verify.py",
    "snippet.py",
    "expected.py",
)


@cache
def installed_version(distribution: str) -> str:
    """A package's version, read without importing it ("none" when not installed)."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "none"


def installed_torch_version() -> str:
    """The torch version a run would use, read without importing torch."""
    return installed_version("torch")


@cache
def graphviz_version() -> str:
    executable = shutil.which("dot")
    if executable is None:
        return "none"
    result = subprocess.run([executable, "-V"], capture_output=True, text=True, check=False)
    return (result.stderr or result.stdout).strip()


@cache
def rules_fingerprint() -> str:
    digest = hashlib.sha256()
    for name in RULE_FILES:
        digest.update((ENGINE_DIR / name).read_bytes())
    return digest.hexdigest()


def cache_key(code: str, device: str, torch_version: str | None = None, kind: str = "runs") -> str:
    parts = {
        "kind": kind,
        "code": hashlib.sha256(code.encode("utf-8")).hexdigest(),
        "torch": torch_version or installed_torch_version(),
        "device": device,
        "python": ".".join(map(str, sys.version_info[:3])),
        "matplotlib": installed_version("matplotlib"),
        "graphviz": graphviz_version(),
        "rules": rules_fingerprint(),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


class RunCache:
    """One kind of cached result. Remembers which keys this process used, for eviction."""

    def __init__(self, root: Path, kind: str = "runs") -> None:
        self.kind = kind
        self.directory = Path(root) / ".cache" / "verified" / kind
        self.used: set[str] = set()

    def key(self, code: str, device: str = "cpu") -> str:
        return cache_key(code, device, kind=self.kind)

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        self.used.add(key)
        try:
            return json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, key: str, result: dict) -> None:
        self.used.add(key)
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(result), encoding="utf-8")
        temporary.replace(path)

    def forget(self, key: str) -> None:
        """Delete one entry (a result that must not be reused)."""
        self._path(key).unlink(missing_ok=True)

    def evict_unused(self) -> int:
        """Delete every entry of this kind that was not used; returns how many."""
        removed = 0
        for path in self.directory.glob("*/*.json") if self.directory.is_dir() else []:
            if path.stem not in self.used:
                path.unlink(missing_ok=True)
                removed += 1
        return removed
