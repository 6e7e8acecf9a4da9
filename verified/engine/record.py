"""The verification record: what was verified where, per snippet, machine-readable.

One JSON file per device::

    {"device": "cuda", "device_name": "NVIDIA H100 80GB HBM3", "torch": "2.13.0+cu128",
     "python": "3.11.7",
     "snippets": {"tensors/history.py": {"sha256": "...", "result": "passed"}, ...}}

The build writes the CPU record of its own run into ``site/verification/cpu.json``.
The CUDA record comes from running the snippet tests on a GPU
(``pytest tests/test_snippets.py --verification-record=verification``) and is
committed as ``verification/cuda.json``. An entry counts for a snippet only
while its ``sha256`` matches the snippet's current bytes: after an edit the
page says "not yet verified" for that device, never a stale tick.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

COMMITTED_DIR = "verification"


def snippet_hash(code: str) -> str:
    return hashlib.sha256(code.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Status:
    device: str
    state: str  # "passed", "failed", "stale" (snippet changed since), "missing"
    torch: str | None = None

    @property
    def verified(self) -> bool:
        return self.state == "passed"


class Record:
    def __init__(self, data: dict) -> None:
        self.data = data

    @property
    def device(self) -> str:
        return self.data["device"]

    @property
    def torch(self) -> str:
        return self.data["torch"]

    @classmethod
    def new(cls, device: str, torch_version: str, device_name: str | None = None) -> Record:
        return cls(
            {
                "device": device,
                "device_name": device_name or device.upper(),
                "torch": torch_version,
                "python": ".".join(map(str, sys.version_info[:3])),
                "snippets": {},
            }
        )

    @classmethod
    def load(cls, path: Path) -> Record | None:
        try:
            return cls(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return None

    def add(self, name: str, code: str, passed: bool) -> None:
        self.data["snippets"][name] = {
            "sha256": snippet_hash(code),
            "result": "passed" if passed else "failed",
        }

    def status(self, name: str, code: str) -> Status:
        entry = self.data["snippets"].get(name)
        if entry is None:
            return Status(self.device, "missing")
        if entry["sha256"] != snippet_hash(code):
            return Status(self.device, "stale", self.torch)
        return Status(self.device, entry["result"], self.torch)

    def counts(self, codes: dict[str, str]) -> tuple[int, int]:
        """(verified, total) over the snippets in ``codes``."""
        verified = sum(self.status(name, code).verified for name, code in codes.items())
        return verified, len(codes)

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.data["snippets"] = dict(sorted(self.data["snippets"].items()))
        path.write_text(json.dumps(self.data, indent=2) + "\n", encoding="utf-8")


def committed_record(root: Path, device: str) -> Record | None:
    return Record.load(root / COMMITTED_DIR / f"{device}.json")
