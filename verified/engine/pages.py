"""Read the pages in ``docs/``: which snippets each includes, and what authors got wrong.

This is plain text scanning (no MkDocs needed), shared by the build and the
tests, so both report the same page mistakes with the same words:

* Python code written inline on a page instead of included from ``snippets/``;
* an include of a file or section that does not exist;
* a snippet fence that cannot carry an output (nested, partial, several files);
* a snippet that no page includes, or an expected output with no snippet.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from verified.engine.problems import Problem
from verified.engine.snippet import discover, expected_output_files, snippet_for_output

PYTHON_LANGS = {"python", "py", "python3", "pycon", "ipython", "py3"}
FENCE_RE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^`]*)$")
INCLUDE_RE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<escape>;?)-{1,}8<-{1,}[ \t]+(?P<quote>[\"'])(?P<target>.+?)(?P=quote)[ \t]*$"
)
SECTION_RE = re.compile(
    r"-{1,}8<-{1,}[ \t]*\[[ \t]*start[ \t]*:[ \t]*(?P<name>[a-z][-_0-9a-z]*)[ \t]*\]"
)
SNIPPETS_HINT = 'paths are relative to snippets/, e.g. --8<-- "tensors/leaf.py"'
# A verified output (or only its error/warning lines) quoted on another page:
#   <!-- verified-output: tensors/history.py -->
#   <!-- verified-error: tensors/non_leaf_flag.py -->
REFERENCE_RE = re.compile(
    r"^<!--\s*verified-(?P<what>output|error)\s*:\s*(?P<target>\S+)\s*-->\s*$"
)


@dataclass
class Fence:
    page: str
    line: int  # 1-based line of the opening fence
    indent: str
    info: str
    lang: str | None
    content: list[str]

    @property
    def is_python(self) -> bool:
        return self.lang in PYTHON_LANGS


@dataclass
class Include:
    page: str
    line: int
    target: str  # as written, relative to snippets/
    fence: Fence | None

    @property
    def path(self) -> str:
        return self.target.split(":", 1)[0] if self._has_section else self.target

    @property
    def section(self) -> str | None:
        return self.target.split(":", 1)[1] if self._has_section else None

    @property
    def _has_section(self) -> bool:
        # "file.py:name" is a section; "file.py:3:7" is a line range (left to pymdownx).
        head, _, tail = self.target.partition(":")
        return bool(tail) and not tail[0].isdigit() and head != ""

    @property
    def where(self) -> str:
        return f"{self.page}:{self.line}"


@dataclass
class Reference:
    """A page quoting a snippet's verified output (``what="output"``) or error (``"error"``)."""

    page: str
    line: int
    what: str
    target: str


@dataclass
class PageScan:
    page: str  # "docs/tensors.md"
    fences: list[Fence] = field(default_factory=list)
    includes: list[Include] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    snippet_fences: list[tuple[Fence, Include]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def fence_language(info: str) -> str | None:
    info = info.strip()
    if not info:
        return None
    if info.startswith("{"):
        for part in info.strip("{}").split():
            if part.startswith("."):
                return part[1:].lower()
        return None
    return info.split()[0].lower()


def parse_fences(text: str, page: str) -> tuple[list[Fence], list[tuple[int, str]]]:
    """Fences of a page, plus every line outside fences as (line number, text)."""
    fences: list[Fence] = []
    outside: list[tuple[int, str]] = []
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        match = FENCE_RE.match(lines[index])
        if not match:
            outside.append((index + 1, lines[index]))
            index += 1
            continue
        marker = match.group("fence")
        closing = re.compile(rf"^[ \t]*{re.escape(marker[0])}{{{len(marker)},}}[ \t]*$")
        start = index
        index += 1
        content: list[str] = []
        while index < len(lines) and not closing.match(lines[index]):
            content.append(lines[index])
            index += 1
        index += 1  # past the closing fence (or the end of the page)
        info = match.group("info")
        fences.append(
            Fence(page, start + 1, match.group("indent"), info, fence_language(info), content)
        )
    return fences, outside


def _section_names(path: Path) -> set[str]:
    return {m.group("name") for m in SECTION_RE.finditer(path.read_text(encoding="utf-8"))}


def _missing_snippet(root: Path, rel: str, page: str, line: int, verb: str) -> Problem:
    """The problem for a page naming snippets/``rel`` that does not exist, with the closest name."""
    base = root / "snippets"
    known = [p.relative_to(base).as_posix() for p in base.rglob("*") if p.is_file()]
    close = difflib.get_close_matches(rel, known, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return Problem(
        kind="missing-include",
        file=page,
        line=line,
        message=f"the page {verb} snippets/{rel}, which does not exist",
        fix=f"{hint}create the file or correct the path ({SNIPPETS_HINT})",
    )


def _check_include(root: Path, include: Include) -> Problem | None:
    target = root / "snippets" / include.path
    if not target.is_file():
        return _missing_snippet(root, include.path, include.page, include.line, "includes")
    if include.section and include.section not in (names := _section_names(target)):
        sections = sorted(names)
        listed = ", ".join(sections) if sections else "none"
        return Problem(
            kind="missing-section",
            file=include.page,
            line=include.line,
            message=f"the page includes section {include.section!r} of snippets/{include.path}, "
            f"which has no such section (sections: {listed})",
            fix=f"add `# --8<-- [start:{include.section}]` and `# --8<-- [end:{include.section}]` "
            "around the lines in the snippet, or correct the name",
        )
    return None


def _check_reference(root: Path, reference: Reference) -> Problem | None:
    from verified.engine.snippet import parse_directives

    target = root / "snippets" / reference.target
    if not target.is_file() or target.suffix != ".py":
        return _missing_snippet(
            root, reference.target, reference.page, reference.line, "quotes the output of"
        )
    directives = parse_directives(target.read_text(encoding="utf-8"))
    if reference.what == "error" and not (directives.raises or directives.warns):
        return Problem(
            kind="bad-reference",
            file=reference.page,
            line=reference.line,
            message=f"verified-error quotes snippets/{reference.target}, "
            "which declares no `# raises:` or `# warns:`",
            fix="quote a snippet that raises or warns, or use verified-output",
        )
    return None


def scan_page(root: Path, path: Path) -> PageScan:
    return scan_text(root, path.relative_to(root).as_posix(), path.read_text(encoding="utf-8"))


def scan_text(root: Path, page: str, text: str) -> PageScan:
    """Scan one page's Markdown; ``page`` is its path relative to the project root."""
    scan = PageScan(page=page)
    fences, outside = parse_fences(text, page)
    scan.fences = fences

    for number, text in outside:
        match = INCLUDE_RE.match(text)
        if match and not match.group("escape"):
            scan.includes.append(Include(page, number, match.group("target"), None))
        reference = REFERENCE_RE.match(text.strip())
        if reference:
            scan.references.append(
                Reference(page, number, reference.group("what"), reference.group("target"))
            )

    for fence in fences:
        fence_includes = []
        for offset, text in enumerate(fence.content, start=1):
            match = INCLUDE_RE.match(text)
            if match and not match.group("escape"):
                include = Include(page, fence.line + offset, match.group("target"), fence)
                fence_includes.append(include)
                scan.includes.append(include)
        code_lines = [text for text in fence.content if text.strip()]
        if fence.lang is None and code_lines and not fence_includes:
            scan.problems.append(
                Problem(
                    kind="inline-code",
                    file=page,
                    line=fence.line,
                    message="a code fence without a language",
                    fix="name its language (```text for plain output, ```bash for shell commands); "
                    "if it is Python, move it into snippets/ and include it",
                )
            )
            continue
        if not fence.is_python:
            continue
        if not fence_includes or len(code_lines) != len(fence_includes):
            scan.problems.append(
                Problem(
                    kind="inline-code",
                    file=page,
                    line=fence.line,
                    message="Python code is written inline on the page, so nothing verifies it",
                    fix="move the code into snippets/<chapter>/<name>.py, record its output with "
                    "`make outputs`, and replace the fence's content with the line "
                    '--8<-- "<chapter>/<name>.py"',
                )
            )
            continue
        if len(fence_includes) > 1:
            scan.problems.append(
                Problem(
                    kind="several-includes",
                    file=page,
                    line=fence.line,
                    message="one Python fence includes several snippets, so no single output can go under it",
                    fix="give each snippet its own fence",
                )
            )
            continue
        include = fence_includes[0]
        if include.section or not include.path.endswith(".py"):
            scan.problems.append(
                Problem(
                    kind="partial-include",
                    file=page,
                    line=include.line,
                    message=f"a Python fence includes {include.target!r}, not a whole snippet file, "
                    "so the code shown is not what printed the output",
                    fix="include the whole .py file; split it into two snippets if the page "
                    "needs to show it in parts",
                )
            )
            continue
        if fence.indent:
            scan.problems.append(
                Problem(
                    kind="nested-snippet",
                    file=page,
                    line=fence.line,
                    message="a snippet fence is indented (inside an admonition, tab or list), "
                    "where its output cannot be placed and pytest-markdown-docs cannot see it",
                    fix="move the fence to the top level of the page",
                )
            )
            continue
        scan.snippet_fences.append((fence, include))

    for include in scan.includes:
        problem = _check_include(root, include)
        if problem:
            scan.problems.append(problem)
    for reference in scan.references:
        problem = _check_reference(root, reference)
        if problem:
            scan.problems.append(problem)
    scan.snippet_fences = [
        (fence, include)
        for fence, include in scan.snippet_fences
        if (root / "snippets" / include.path).is_file()
    ]
    return scan


def pages(root: Path) -> list[Path]:
    docs = root / "docs"
    return sorted(docs.rglob("*.md")) if docs.is_dir() else []


@dataclass
class SiteScan:
    pages: list[PageScan]
    problems: list[Problem]
    included_by: dict[str, list[str]]  # snippet name -> ["docs/x.md:12", ...]


def scan_site(root: Path) -> SiteScan:
    """Scan every page, then report snippets and outputs that nothing uses."""
    scans = [scan_page(root, path) for path in pages(root)]
    problems = [problem for scan in scans for problem in scan.problems]
    included_by: dict[str, list[str]] = {}
    for scan in scans:
        for _fence, include in scan.snippet_fences:
            included_by.setdefault(include.path, []).append(include.where)

    for snippet in discover(root):
        if snippet.name not in included_by:
            problems.append(
                Problem(
                    kind="orphan",
                    file=snippet.display_path,
                    line=None,
                    message="no page includes this snippet, so no reader sees it",
                    fix=f'include it in a Python fence on a page (--8<-- "{snippet.name}"), '
                    "or delete it together with its expected output",
                )
            )
    for output in expected_output_files(root):
        if not snippet_for_output(output).exists():
            problems.append(
                Problem(
                    kind="orphan-output",
                    file=output.relative_to(root).as_posix(),
                    line=None,
                    message="an expected output whose snippet does not exist",
                    fix="delete it, or restore the snippet it belongs to",
                )
            )
    return SiteScan(pages=scans, problems=problems, included_by=included_by)
