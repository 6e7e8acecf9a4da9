"""Graphviz DOT to SVG with Debian's ``dot``, cached by the DOT text.

A missing Graphviz stops the build with a message saying how to install it:
a graph diagram is never silently left out or drawn blank.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path


class GraphvizMissing(RuntimeError):
    pass


INSTALL_HINT = (
    "the build draws autograd graphs with Graphviz's `dot`, which is not installed: "
    "run `sudo apt-get install graphviz` (Debian/Ubuntu; `make docs` does it where it can), "
    "or remove the `# graph:` directives"
)


def dot_to_svg(dot: str, cache_dir: Path) -> str:
    key = hashlib.sha256(dot.encode("utf-8")).hexdigest()
    cached = cache_dir / f"{key}.svg"
    if cached.exists():
        return cached.read_text(encoding="utf-8")
    executable = shutil.which("dot")
    if executable is None:
        raise GraphvizMissing(INSTALL_HINT)
    result = subprocess.run(
        [executable, "-Tsvg"], input=dot, capture_output=True, text=True, timeout=60
    )
    if result.returncode != 0 or "<svg" not in result.stdout:
        raise RuntimeError(f"Graphviz could not draw the graph: {result.stderr.strip()}")
    cache_dir.mkdir(parents=True, exist_ok=True)
    cached.write_text(result.stdout, encoding="utf-8")
    return result.stdout
