"""Torch versions as the site names them: docs versions are torch minors."""

from __future__ import annotations

import re

from verified.engine.cache import installed_torch_version


def torch_minor(version: str | None = None) -> str:
    """``2.13.0+cpu`` -> ``2.13``."""
    match = re.match(r"(\d+)\.(\d+)", version or installed_torch_version())
    if not match:
        raise ValueError(f"cannot read a torch version from {version!r}")
    return f"{match.group(1)}.{match.group(2)}"
