"""Committed expected outputs: read, compare (with a unified diff), write.

The file ``snippets/recorded-with.json`` says which torch version recorded the
outputs. A mismatch under a different torch version is reported as drift.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from verified.engine.snippet import Snippet

RECORD_FILE = "recorded-with.json"


def base_version(version: str) -> str:
    """``2.13.0+cu128`` -> ``2.13.0``: local build labels do not change outputs."""
    return re.split(r"[+]", version, maxsplit=1)[0]


def recorded_torch(root: Path) -> str | None:
    path = root / "snippets" / RECORD_FILE
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8")).get("torch")


def write_recorded_torch(root: Path, torch_version: str) -> None:
    path = root / "snippets" / RECORD_FILE
    path.write_text(
        json.dumps({"torch": base_version(torch_version)}, indent=2) + "\n", encoding="utf-8"
    )


def expected_for(snippet: Snippet, device: str) -> tuple[Path, str] | None:
    """The expected output that applies on ``device``: per-device file first, then the shared one."""
    candidates = [snippet.expected_path(device)]
    if device != "cpu":
        candidates.append(snippet.expected_path("cpu"))
    for path in candidates:
        if path.exists():
            return path, path.read_text(encoding="utf-8")
    return None


@dataclass(frozen=True)
class Mismatch:
    first_line: int  # 1-based line of the expected file where they first differ
    diff: str


def compare(expected: str, actual: str, expected_name: str, actual_name: str) -> Mismatch | None:
    if expected == actual:
        return None
    expected_lines = expected.splitlines(keepends=True)
    actual_lines = actual.splitlines(keepends=True)
    first = next(
        (
            index
            for index, (a, b) in enumerate(zip(expected_lines, actual_lines, strict=False))
            if a != b
        ),
        min(len(expected_lines), len(actual_lines)),
    )
    diff = "".join(
        difflib.unified_diff(expected_lines, actual_lines, expected_name, actual_name, n=2)
    )
    if not diff.endswith("\n"):
        diff += "\n"
    return Mismatch(first_line=first + 1, diff=diff)


def write_expected(path: Path, output: str) -> bool:
    """Write ``output`` to ``path``; returns whether the file changed."""
    if path.exists() and path.read_text(encoding="utf-8") == output:
        return False
    path.write_text(output, encoding="utf-8")
    return True


WARNING_LINE_RE = re.compile(r"^\S+:\d+: (?P<message>\w*Warning: .*)$")


@dataclass(frozen=True)
class OutputParts:
    """An output split the way a notebook or an error list needs it."""

    printed: str  # everything before the traceback (prints and warnings)
    traceback: str  # "Traceback (most recent call last):" ... to the end, or ""
    exception: str  # the final "Type: message" lines of the traceback, or ""
    warnings: list[str]  # "Category: message" of each warning shown


def split_output(output: str) -> OutputParts:
    marker = "Traceback (most recent call last):\n"
    start = output.rfind(marker)
    printed, traceback_text = (output, "") if start < 0 else (output[:start], output[start:])
    exception_lines: list[str] = []
    for line in traceback_text.splitlines()[1:]:
        if exception_lines or not line.startswith("  "):
            exception_lines.append(line)
    warning_lines = [
        m.group("message") for line in printed.splitlines() if (m := WARNING_LINE_RE.match(line))
    ]
    return OutputParts(printed, traceback_text, "\n".join(exception_lines), warning_lines)
