"""Author mistakes, each with a location and a fix, formatted the same everywhere.

Every front-end (mkdocs build, pytest, the command line) reports a ``Problem``
through ``Problem.format()``, so a mistake reads the same wherever it is found::

    snippets/tensors/leaf.py:6: the snippet raised RuntimeError: element 0 of ...
      <detail: traceback or diff>
      included from: docs/tensors.md:14
      fix: correct the code, or if the error is the point, declare it ...
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Problem:
    kind: str  # a short stable identifier, e.g. "mismatch", "timeout", "orphan"
    file: str  # path relative to the project root
    line: int | None
    message: str
    fix: str
    detail: str = ""
    included_from: list[str] = field(default_factory=list)

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file

    def format(self) -> str:
        parts = [f"{self.location}: {self.message}"]
        if self.detail:
            parts.extend("    " + line for line in self.detail.rstrip("\n").splitlines())
        if self.included_from:
            parts.append("  included from: " + ", ".join(self.included_from))
        parts.append(f"  fix: {self.fix}")
        return "\n".join(parts)


def format_problems(problems: list[Problem], heading: str | None = None) -> str:
    text = "\n\n".join(problem.format() for problem in problems)
    if heading:
        count = len(problems)
        text = f"{heading}: {count} problem{'s' if count != 1 else ''}\n\n{text}"
    return text
