"""A run cache under ``.cache/verified/`` so a rebuild re-runs only what changed.

The key is the snippet's bytes, the torch version, the device, the Python
version and the engine's own code that shapes a run: change any of them and
the snippet runs again. Only clean, deterministic runs are stored.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from functools import cache
from importlib import metadata
from pathlib import Path

ENGINE_DIR = Path(__file__).resolve().parent
_RUN_SHAPING = ("capture.py", "worker.py", "normalise.py", "figures.py", "graphs.py")


@cache
def installed_torch_version() -> str:
    """The torch version a run would use, read without importing torch."""
    return metadata.version("torch")


@cache
def _engine_fingerprint() -> str:
    digest = hashlib.sha256()
    for name in _RUN_SHAPING:
        digest.update((ENGINE_DIR / name).read_bytes())
    return digest.hexdigest()


def cache_key(code: str, device: str, torch_version: str | None = None, draw: bool = False) -> str:
    parts = {
        "draw": draw,
        "code": hashlib.sha256(code.encode("utf-8")).hexdigest(),
        "torch": torch_version or installed_torch_version(),
        "device": device,
        "python": ".".join(map(str, sys.version_info[:3])),
        "engine": _engine_fingerprint(),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


class RunCache:
    def __init__(self, root: Path) -> None:
        self.directory = Path(root) / ".cache" / "verified"

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        path = self._path(key)
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, key: str, result: dict) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(result), encoding="utf-8")
        temporary.replace(path)
