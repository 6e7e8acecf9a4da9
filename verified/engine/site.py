"""The one engine call behind a build: every page read, every included snippet verified.

``verify_site(root, pool)`` parses each page once (``page_rules.read_site``),
runs every snippet the pages include (cached), compares outputs, collects
figures and graph diagrams, and reads the CUDA verification record. It
returns a ``SiteResult``: what each snippet shows, its badges' status, and
every problem found. Front-ends render it; none of them runs anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from verified.engine import expected as expected_files
from verified.engine.artefacts import Artefact, collect
from verified.engine.cache import RunCache
from verified.engine.graphs import GraphvizMissing
from verified.engine.page_rules import Site, read_site
from verified.engine.pool import Pool
from verified.engine.problems import Problem
from verified.engine.record import Record, Status, committed_record
from verified.engine.snippet import (
    Snippet,
    displayed_code,
    first_displayed_line,
    parse_directives,
)
from verified.engine.verify import verify


@dataclass
class Shown:
    """What a page shows for one snippet."""

    code: str  # as displayed: without directive comments
    outputs: dict[str, str]  # device -> committed expected output, "cpu" first
    raises: str | None
    artefacts: list[Artefact] = field(default_factory=list)
    badges: list[Status | None] = field(default_factory=list)  # CPU, then CUDA
    first_line: int = 1  # the file line the displayed code starts on


@dataclass
class SiteResult:
    root: Path
    site: Site
    shown: dict[str, Shown]
    executed: bool
    torch_versions: list[str]  # of this build's runs; empty when not executed
    cpu_record: Record | None
    cuda_record: Record | None
    problems: list[Problem]
    cache: RunCache | None = None

    @property
    def torch_label(self) -> str:
        return ", ".join(self.torch_versions) or (expected_files.recorded_torch(self.root) or "?")


def verify_site(root: Path, pool: Pool, execute: bool = True) -> SiteResult:
    site = read_site(root)
    problems = list(site.problems)
    snippets = [Snippet(root, name) for name in sorted(site.included_by)]
    codes = {snippet.name: snippet.read() for snippet in snippets}
    cuda_record = committed_record(root, "cuda")
    cpu_record = None
    torch_versions: list[str] = []
    artefacts: dict[str, list[Artefact]] = {}
    cache = RunCache(root) if execute else None
    if execute:
        outcomes = verify(snippets, pool, "cpu", cache)
        torch_versions = sorted({o.run.torch_version for o in outcomes if o.run is not None})
        cpu_record = Record.new("cpu", ", ".join(torch_versions) or "unknown")
        for outcome in outcomes:
            name = outcome.snippet.name
            cpu_record.add(name, codes[name], outcome.ok)
            for problem in outcome.problems:
                problem.included_from = site.included_by.get(name, [])
            problems.extend(outcome.problems)
            if outcome.run is None:
                continue
            try:
                artefacts[name] = collect(outcome.run, root / ".cache" / "verified")
            except GraphvizMissing as error:
                if not any(p.kind == "graphviz-missing" for p in problems):  # once is enough
                    problems.append(
                        Problem(
                            "graphviz-missing",
                            outcome.snippet.display_path,
                            None,
                            str(error),
                            "install Graphviz (`make docs` runs tools/ensure-graphviz.sh)",
                        )
                    )
    shown = {}
    for snippet in snippets:
        outputs = {}
        for device in ("cpu", "cuda"):
            path = snippet.expected_path(device)
            if path.exists():
                outputs[device] = path.read_text(encoding="utf-8")
        code = codes[snippet.name]
        badges = [
            record.status(snippet.name, code) if record is not None else None
            for record in (cpu_record, cuda_record)
        ]
        shown[snippet.name] = Shown(
            code=displayed_code(code),
            outputs=outputs,
            raises=parse_directives(code).raises,
            artefacts=artefacts.get(snippet.name, []),
            badges=badges,
            first_line=first_displayed_line(code),
        )
    return SiteResult(
        root=root,
        site=site,
        shown=shown,
        executed=execute,
        torch_versions=torch_versions,
        cpu_record=cpu_record,
        cuda_record=cuda_record,
        problems=problems,
        cache=cache,
    )
