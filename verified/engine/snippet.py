"""Snippets on disk: discovery, header directives and their expected-output files.

A snippet is ``snippets/<chapter>/<name>.py``. Its expected output sits beside
it as ``<name>.out``; where a device prints something really different, a
per-device file ``<name>.<device>.out`` (e.g. ``.cuda.out``) overrides it.

Directives are comment lines at the very top of the file, before any code::

    # raises: RuntimeError
    # warns: UserWarning
    # timeout: 120
    # graph: out

``graph`` names tensors whose autograd graph the build draws under the output.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

DIRECTIVE_RE = re.compile(r"^#\s*(raises|warns|timeout|graph)\s*:\s*(\S.*?)\s*$")
DEFAULT_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class Directives:
    raises: str | None = None
    warns: tuple[str, ...] = ()
    timeout: float = DEFAULT_TIMEOUT_S
    graphs: tuple[str, ...] = ()
    # (key, line number) of every directive found, for error messages.
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False)


def parse_directives(code: str) -> Directives:
    """Read the leading ``# key: value`` comment block of a snippet."""
    raises: str | None = None
    warns: list[str] = []
    timeout = DEFAULT_TIMEOUT_S
    graphs: list[str] = []
    lines: dict[str, int] = {}
    for number, line in enumerate(code.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        match = DIRECTIVE_RE.match(stripped)
        if not match:
            continue
        key, value = match.groups()
        lines[key] = number
        if key == "raises":
            raises = value
        elif key == "warns":
            warns.extend(part.strip() for part in value.split(",") if part.strip())
        elif key == "graph":
            graphs.extend(part.strip() for part in value.split(",") if part.strip())
        else:
            timeout = float(value.rstrip("s").strip())
    return Directives(
        raises=raises, warns=tuple(warns), timeout=timeout, graphs=tuple(graphs), lines=lines
    )


SECTION_MARKER_RE = re.compile(r"^\s*#\s*-{1,}8<-{1,}\s*\[\s*(start|end)\s*:[^\]]*\]\s*$")


def first_displayed_line(code: str) -> int:
    """The file line on which ``displayed_code(code)`` starts (for line numbers on the page)."""
    shown = displayed_code(code)
    if not shown:
        return 1
    lines = code.splitlines(keepends=True)
    first = shown.splitlines(keepends=True)[0]
    return next((i for i, line in enumerate(lines, start=1) if line == first), 1)


def displayed_code(code: str) -> str:
    """The code as readers see and copy it: without the directive comments at its top
    (they steer the engine, not the reader; sphinx-gallery's ``remove_config_comments``)
    and without ``# --8<-- [start:name]`` section markers. Line numbers in a
    traceback still count the file's lines, as ``python snippets/x.py`` prints them."""
    lines = code.splitlines(keepends=True)
    kept: list[str] = []
    in_header = True
    for line in lines:
        stripped = line.strip()
        if in_header and stripped and not stripped.startswith("#"):
            in_header = False
        if in_header and DIRECTIVE_RE.match(stripped):
            continue
        if SECTION_MARKER_RE.match(line):
            continue
        kept.append(line)
    while kept and not kept[0].strip():
        kept.pop(0)
    return "".join(kept)


@dataclass(frozen=True)
class Snippet:
    """One snippet file, addressed relative to the project root."""

    root: Path
    name: str  # relative to the snippets folder, POSIX style: "tensors/leaf.py"

    @property
    def path(self) -> Path:
        return self.root / "snippets" / self.name

    @property
    def display_path(self) -> str:
        """The path a reader types: ``snippets/tensors/leaf.py``."""
        return f"snippets/{self.name}"

    def read(self) -> str:
        return self.path.read_text(encoding="utf-8")

    def expected_path(self, device: str = "cpu") -> Path:
        """The file holding the expected output for ``device`` (the shared one for CPU)."""
        stem = self.path.with_suffix("")
        if device == "cpu":
            return stem.with_name(stem.name + ".out")
        return stem.with_name(f"{stem.name}.{device}.out")

    def display(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()


def discover(root: Path) -> list[Snippet]:
    """Every ``.py`` file under ``snippets/``, sorted by path."""
    base = root / "snippets"
    if not base.is_dir():
        return []
    return [
        Snippet(root=root, name=path.relative_to(base).as_posix())
        for path in sorted(base.rglob("*.py"))
        if "__pycache__" not in path.parts
    ]


def expected_output_files(root: Path) -> list[Path]:
    """Every committed expected-output file under ``snippets/``."""
    base = root / "snippets"
    return sorted(base.rglob("*.out")) if base.is_dir() else []


def snippet_for_output(path: Path) -> Path:
    """``x.out`` or ``x.cuda.out`` -> ``x.py``."""
    name = path.name[: -len(".out")]
    if "." in name:
        name = name.split(".", 1)[0]
    return path.with_name(name + ".py")
