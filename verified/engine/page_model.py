"""The one parser of pages: a page of ``docs/`` as a model every consumer reads.

``parse_page(page, text)`` turns a page's Markdown into a ``Page``: its front
matter, and its body as an ordered list of blocks —

* ``Prose``: lines outside fences, in runs; with the ``Heading``\\ s, ``Quote``\\ s
  (``<!-- verified-output: x.py -->`` / ``<!-- verified-error: x.py -->``) and
  drift markers (``<!-- verified-drift: 2.14.1 -->``) found on them;
* ``Fence``: a fenced block with its language and the ``--8<--`` includes on
  its lines. A Python fence at the top level whose only content is one
  include of a whole ``.py`` file is a *snippet fence* (``Fence.snippet``); a
  ``<!-- solution -->`` line right before it marks an exercise's solution.

The MkDocs render, the notebook builder, the translation check and the page
rules (``page_rules.py``) all read this model, so they cannot disagree about
what a page contains. It needs nothing but the text: no MkDocs, no files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown.extensions.toc import slugify

PYTHON_LANGS = frozenset({"python", "py", "python3", "pycon", "ipython", "py3"})
FRONT_MATTER_RE = re.compile(r"\A---\n(?P<body>.*?)\n---\n", re.DOTALL)
FENCE_RE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^`]*)$")
# pymdownx.snippets' own syntax: any run of dashes around "8<", a leading ";" escapes it.
INCLUDE_RE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<escape>;?)-{1,}8<-{1,}[ \t]+(?P<quote>[\"'])(?P<target>.+?)(?P=quote)[ \t]*$"
)
MARKER_RE = re.compile(
    r"^<!--\s*verified-(?P<what>output|error|drift)\s*:\s*(?P<target>\S+)\s*-->\s*$"
)
SOLUTION_RE = re.compile(r"^<!--\s*solution\s*-->\s*$")
HEADING_RE = re.compile(
    r"^(?P<level>#{1,6})\s+(?P<text>.+?)(?:\s*\{\s*#(?P<id>[^}\s]+)[^}]*\})?\s*$"
)
LINK_RE = re.compile(r"\]\((?P<target>[^)\s]+)\)")


@dataclass(frozen=True)
class Include:
    """One ``--8<-- "target"`` line. ``line`` is 1-based in the page file."""

    line: int
    target: str  # as written, relative to snippets/

    @property
    def _has_section(self) -> bool:
        # "file.py:name" is a section; "file.py:3:7" is a line range (left to pymdownx).
        head, _, tail = self.target.partition(":")
        return bool(tail) and not tail[0].isdigit() and head != ""

    @property
    def path(self) -> str:
        """The file: without a section name or a line range (``file.py:3:7``)."""
        head, _, tail = self.target.partition(":")
        return head if tail and head else self.target

    @property
    def section(self) -> str | None:
        return self.target.split(":", 1)[1] if self._has_section else None


@dataclass(frozen=True)
class Heading:
    line: int
    level: int
    text: str
    anchor: str  # the explicit {#id}, or the id the toc extension would give


@dataclass(frozen=True)
class Quote:
    """A marker line: a snippet's verified output or error quoted, or a drift report."""

    line: int
    what: str  # "output", "error" or "drift"
    target: str  # snippet name, or a torch version for "drift"


@dataclass
class Prose:
    start: int  # 1-based line of the first line
    lines: list[str]
    headings: list[Heading] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    includes: list[Include] = field(default_factory=list)  # outside any fence
    links: list[str] = field(default_factory=list)


@dataclass
class Fence:
    start: int  # 1-based line of the opening fence
    end: int  # 1-based line of the closing fence (or the last line, if unclosed)
    indent: str
    marker: str  # the opening run of backticks or tildes
    info: str
    lang: str | None
    content: list[str]
    includes: list[Include]
    solution: bool = False  # a `<!-- solution -->` line stands right before it

    @property
    def is_python(self) -> bool:
        return self.lang in PYTHON_LANGS

    @property
    def code_lines(self) -> list[str]:
        return [line for line in self.content if line.strip()]

    @property
    def snippet(self) -> str | None:
        """The snippet name, if this is a top-level Python fence of exactly one whole file."""
        if not self.is_python or self.indent or len(self.includes) != 1:
            return None
        if len(self.code_lines) != 1:
            return None
        include = self.includes[0]
        if include.target != include.path or not include.path.endswith(".py"):
            return None
        return include.path


Block = Prose | Fence


@dataclass
class Page:
    path: str  # relative to the project root: "docs/backward.md"
    text: str
    meta: dict[str, str]
    body: str  # the text after the front matter, as MkDocs hands it to plugins
    body_line: int  # file line number of the body's first line, minus one
    blocks: list[Block]

    @property
    def uri(self) -> str:
        """Path relative to docs/: ``backward.md``."""
        return self.path.split("/", 1)[1] if self.path.startswith("docs/") else self.path

    @property
    def fences(self) -> list[Fence]:
        return [block for block in self.blocks if isinstance(block, Fence)]

    @property
    def snippet_fences(self) -> list[Fence]:
        return [fence for fence in self.fences if fence.snippet is not None]

    @property
    def snippets(self) -> list[str]:
        return [fence.snippet for fence in self.snippet_fences]

    @property
    def prose(self) -> list[Prose]:
        return [block for block in self.blocks if isinstance(block, Prose)]

    @property
    def headings(self) -> list[Heading]:
        return [heading for block in self.prose for heading in block.headings]

    @property
    def quotes(self) -> list[Quote]:
        return [quote for block in self.prose for quote in block.quotes]

    @property
    def includes(self) -> list[Include]:
        found = [inc for block in self.prose for inc in block.includes]
        found += [inc for fence in self.fences for inc in fence.includes]
        return sorted(found, key=lambda include: include.line)

    @property
    def links(self) -> list[str]:
        return sorted({link for block in self.prose for link in block.links})

    @property
    def title(self) -> str:
        heading = next((h for h in self.headings if h.level == 1), None)
        return heading.text.replace("`", "") if heading else self.uri.rsplit("/", 1)[-1]


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


def _split_front_matter(text: str) -> tuple[dict[str, str], str, int]:
    match = FRONT_MATTER_RE.match(text)
    if not match:
        return {}, text, 0
    meta = {}
    for line in match.group("body").splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    return meta, text[match.end() :], text[: match.end()].count("\n")


def _include(text: str, line: int) -> Include | None:
    match = INCLUDE_RE.match(text)
    if match and not match.group("escape"):
        return Include(line, match.group("target"))
    return None


def _prose(start: int, lines: list[str]) -> Prose:
    block = Prose(start, lines)
    for number, text in enumerate(lines, start=start):
        heading = HEADING_RE.match(text)
        if heading:
            title = heading.group("text")
            block.headings.append(
                Heading(
                    number,
                    len(heading.group("level")),
                    title,
                    heading.group("id") or slugify(title, "-"),
                )
            )
        marker = MARKER_RE.match(text.strip())
        if marker:
            block.quotes.append(Quote(number, marker.group("what"), marker.group("target")))
        include = _include(text, number)
        if include:
            block.includes.append(include)
        block.links.extend(
            m.group("target") for m in LINK_RE.finditer(text) if "://" not in m.group("target")
        )
    return block


def parse_page(path: str, text: str) -> Page:
    """Parse a page's Markdown. ``path`` is relative to the project root, for messages."""
    meta, body, offset = _split_front_matter(text)
    lines = body.splitlines()
    blocks: list[Block] = []
    prose: list[str] = []
    prose_start = offset + 1
    index = 0

    def flush(next_start: int) -> None:
        nonlocal prose_start
        if prose:
            blocks.append(_prose(prose_start, list(prose)))
            prose.clear()
        prose_start = next_start

    while index < len(lines):
        match = FENCE_RE.match(lines[index])
        if not match:
            prose.append(lines[index])
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
        end = min(index, len(lines) - 1)
        index += 1
        before = next((text for text in reversed(prose) if text.strip()), "")
        solution = bool(SOLUTION_RE.match(before.strip()))
        flush(offset + index + 1)
        first = offset + start + 1
        includes = [
            inc
            for number, text in enumerate(content, start=first + 1)
            if (inc := _include(text, number))
        ]
        info = match.group("info")
        blocks.append(
            Fence(
                start=first,
                end=offset + end + 1,
                indent=match.group("indent"),
                marker=marker,
                info=info,
                lang=fence_language(info),
                content=content,
                includes=includes,
                solution=solution,
            )
        )
    flush(offset + index + 1)
    return Page(path=path, text=text, meta=meta, body=body, body_line=offset, blocks=blocks)
