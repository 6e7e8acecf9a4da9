"""What authors get wrong on pages, read off the page model (``page_model.py``).

* Python code written inline on a page instead of included from ``snippets/``,
  and a fence without a language;
* an include of a file or section that does not exist, a quote of a missing
  snippet, an error quote of a snippet that neither raises nor warns;
* a snippet fence that cannot carry an output (nested, partial, several files);
* a ``<!-- solution -->`` line that no snippet fence follows;
* a snippet that no page includes, or an expected output with no snippet.

``read_site(root)`` parses every page once and returns the models with every
problem found, and which page lines include each snippet.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from verified.engine.page_model import SOLUTION_RE, Fence, Page, Prose, parse_page
from verified.engine.problems import Problem
from verified.engine.snippet import (
    discover,
    expected_output_files,
    parse_directives,
    snippet_for_output,
)

SECTION_RE = re.compile(
    r"-{1,}8<-{1,}[ \t]*\[[ \t]*start[ \t]*:[ \t]*(?P<name>[a-z][-_0-9a-z]*)[ \t]*\]"
)
SNIPPETS_HINT = 'paths are relative to snippets/, e.g. --8<-- "tensors/leaf.py"'


def _problem(kind: str, page: Page, line: int | None, message: str, fix: str) -> Problem:
    return Problem(kind=kind, file=page.path, line=line, message=message, fix=fix)


def _missing_snippet(root: Path, rel: str, page: Page, line: int, verb: str) -> Problem:
    """A page names snippets/``rel``, which does not exist: say so, with the closest name."""
    base = root / "snippets"
    known = [p.relative_to(base).as_posix() for p in base.rglob("*") if p.is_file()]
    close = difflib.get_close_matches(rel, known, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return _problem(
        "missing-include",
        page,
        line,
        f"the page {verb} snippets/{rel}, which does not exist",
        f"{hint}create the file or correct the path ({SNIPPETS_HINT})",
    )


def _fence_problem(fence: Fence, page: Page) -> Problem | None:
    if fence.lang is None and fence.code_lines and not fence.includes:
        return _problem(
            "no-language",
            page,
            fence.start,
            "a code fence without a language",
            "name its language (```text for plain output, ```bash for shell commands); "
            "if it is Python, move it into snippets/ and include it",
        )
    if not fence.is_python:
        return None
    if not fence.includes or len(fence.code_lines) != len(fence.includes):
        return _problem(
            "inline-code",
            page,
            fence.start,
            "Python code is written inline on the page, so nothing verifies it",
            "move the code into snippets/<chapter>/<name>.py, record its output with "
            "`make outputs`, and replace the fence's content with the line "
            '--8<-- "<chapter>/<name>.py"',
        )
    if len(fence.includes) > 1:
        return _problem(
            "several-includes",
            page,
            fence.start,
            "one Python fence includes several snippets, so no single output can go under it",
            "give each snippet its own fence",
        )
    include = fence.includes[0]
    if include.target != include.path or not include.path.endswith(".py"):
        return _problem(
            "partial-include",
            page,
            include.line,
            f"a Python fence includes {include.target!r}, not a whole snippet file, "
            "so the code shown is not what printed the output",
            "include the whole .py file; split it into two snippets if the page "
            "needs to show it in parts",
        )
    if fence.indent:
        return _problem(
            "nested-snippet",
            page,
            fence.start,
            "a snippet fence is indented (inside an admonition, tab or list), "
            "where its output cannot be placed and pytest-markdown-docs cannot see it",
            "move the fence to the top level of the page (an exercise's solution is "
            "collapsed by a `<!-- solution -->` line before a top-level fence)",
        )
    return None


def _include_problem(root: Path, page: Page, include) -> Problem | None:
    target = root / "snippets" / include.path
    if not target.is_file():
        return _missing_snippet(root, include.path, page, include.line, "includes")
    if include.section:
        names = {m.group("name") for m in SECTION_RE.finditer(target.read_text("utf-8"))}
        if include.section not in names:
            listed = ", ".join(sorted(names)) or "none"
            return _problem(
                "missing-section",
                page,
                include.line,
                f"the page includes section {include.section!r} of snippets/{include.path}, "
                f"which has no such section (sections: {listed})",
                f"add `# --8<-- [start:{include.section}]` and `# --8<-- [end:{include.section}]` "
                "around the lines in the snippet, or correct the name",
            )
    return None


def _quote_problem(root: Path, page: Page, quote) -> Problem | None:
    if quote.what == "drift":
        report = root / "verification" / f"drift-{quote.target}.json"
        if not report.is_file():
            return _problem(
                "missing-drift-report",
                page,
                quote.line,
                f"the page shows the drift report for torch {quote.target}, "
                f"but verification/drift-{quote.target}.json does not exist",
                f"run `make drift TORCH={quote.target}` and commit the report, "
                "or correct the version",
            )
        return None
    target = root / "snippets" / quote.target
    if not target.is_file() or target.suffix != ".py":
        return _missing_snippet(root, quote.target, page, quote.line, "quotes the output of")
    directives = parse_directives(target.read_text(encoding="utf-8"))
    if quote.what == "error" and not (directives.raises or directives.warns):
        return _problem(
            "bad-reference",
            page,
            quote.line,
            f"verified-error quotes snippets/{quote.target}, "
            "which declares no `# raises:` or `# warns:`",
            "quote a snippet that raises or warns, or use verified-output",
        )
    return None


def _stray_solutions(page: Page) -> list[Problem]:
    """``<!-- solution -->`` lines not directly followed by a snippet fence."""
    problems = []
    for index, block in enumerate(page.blocks):
        if not isinstance(block, Prose):
            continue
        following = page.blocks[index + 1] if index + 1 < len(page.blocks) else None
        for offset, text in enumerate(block.lines):
            if not SOLUTION_RE.match(text.strip()):
                continue
            last = not any(line.strip() for line in block.lines[offset + 1 :])
            if last and isinstance(following, Fence) and following.snippet:
                continue
            problems.append(
                _problem(
                    "stray-solution",
                    page,
                    block.start + offset,
                    "a `<!-- solution -->` line that no snippet fence follows",
                    "put the solution's snippet fence right after it, or remove the line",
                )
            )
    return problems


def page_problems(root: Path, page: Page) -> list[Problem]:
    problems = [p for fence in page.fences if (p := _fence_problem(fence, page))]
    problems += [p for include in page.includes if (p := _include_problem(root, page, include))]
    problems += [p for quote in page.quotes if (p := _quote_problem(root, page, quote))]
    problems += _stray_solutions(page)
    return sorted(problems, key=lambda problem: problem.line or 0)


def page_files(root: Path) -> list[Path]:
    docs = root / "docs"
    return sorted(docs.rglob("*.md")) if docs.is_dir() else []


def read_page(root: Path, path: Path) -> Page:
    return parse_page(path.relative_to(root).as_posix(), path.read_text(encoding="utf-8"))


@dataclass
class Site:
    pages: list[Page]
    problems: list[Problem]
    included_by: dict[str, list[str]]  # snippet name -> ["docs/x.md:12", ...]

    def page(self, path: str) -> Page | None:
        return next((page for page in self.pages if page.path == path), None)


def read_site(root: Path) -> Site:
    """Parse every page once; report page mistakes, then snippets and outputs nothing uses."""
    pages = [read_page(root, path) for path in page_files(root)]
    problems = [problem for page in pages for problem in page_problems(root, page)]
    included_by: dict[str, list[str]] = {}
    for page in pages:
        for fence in page.snippet_fences:
            if (root / "snippets" / fence.snippet).is_file():
                included_by.setdefault(fence.snippet, []).append(
                    f"{page.path}:{fence.includes[0].line}"
                )
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
    return Site(pages=pages, problems=problems, included_by=included_by)
