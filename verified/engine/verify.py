"""Turn runs into verdicts: run-level checks, determinism, and comparison with expected output.

Front-ends call ``verify`` (check, optionally with a page's expanded code in
place of a snippet's file) or ``update_outputs`` (the update command, which
rewrites ``.out`` files). ``verify`` returns ``Outcome`` objects whose
``problems`` say exactly what an author must fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from verified.engine import expected as expected_files
from verified.engine.cache import RunCache
from verified.engine.normalise import normalise
from verified.engine.pool import Pool, RunRequest
from verified.engine.problems import Problem
from verified.engine.snippet import Directives, Snippet, parse_directives

ADDRESS_RE = re.compile(r"\b0x[0-9a-fA-F]{6,}\b")


@dataclass
class Run:
    """A clean run: what the snippet printed, normalised, and which code line printed each line."""

    output: str
    origins: list[int | None]
    torch_version: str
    device: str
    figures: list[str] = field(default_factory=list)  # SVG of each figure shown (plt.show())
    graphs: list[dict] = field(default_factory=list)  # {"name", "dot"} per `# graph:` tensor
    cached: bool = False

    def origin(self, output_line: int) -> int | None:
        """The snippet line that printed 1-based ``output_line`` (or the last one known)."""
        if not self.origins:
            return None
        index = min(max(output_line, 1), len(self.origins)) - 1
        return self.origins[index]

    def as_json(self) -> dict:
        return {
            "output": self.output,
            "origins": self.origins,
            "torch_version": self.torch_version,
            "device": self.device,
            "figures": self.figures,
            "graphs": self.graphs,
        }


@dataclass
class Outcome:
    snippet: Snippet
    device: str
    run: Run | None = None
    problems: list[Problem] = field(default_factory=list)
    expected_file: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


# --------------------------------------------------------------------- run checks


def _first_difference(a: str, b: str) -> int:
    a_lines, b_lines = a.splitlines(), b.splitlines()
    for index, (left, right) in enumerate(zip(a_lines, b_lines, strict=False)):
        if left != right:
            return index + 1
    return min(len(a_lines), len(b_lines)) + 1


def _declared(names: tuple[str, ...] | str | None, classes: list[str]) -> bool:
    if names is None:
        return False
    wanted = (names,) if isinstance(names, str) else names
    return any(name.rsplit(".", 1)[-1] in classes for name in wanted)


def check_runs(
    snippet: Snippet, code: str, first: dict, second: dict
) -> tuple[Run | None, list[Problem]]:
    """Check two runs of the same code; return the clean run, or the problems found."""
    file = snippet.display_path
    directives = parse_directives(code)

    def problem(kind: str, line: int | None, message: str, fix: str, detail: str = "") -> Problem:
        return Problem(kind=kind, file=file, line=line, message=message, fix=fix, detail=detail)

    for result in (first, second):
        if "internal_error" in result:
            return None, [
                problem(
                    "engine-error",
                    None,
                    "the verification engine failed while running this snippet",
                    "this is a bug in verified/engine: report it with the detail above",
                    result["internal_error"],
                )
            ]
        if "crashed" in result:
            return None, [
                problem(
                    "crashed",
                    None,
                    f"the snippet crashed the interpreter ({result['crashed']})",
                    f"run `python {file}` to reproduce it; a snippet must exit normally",
                )
            ]
        if "timeout" in result:
            line = result.get("hang_line")
            where = f" (it was running line {line} when stopped)" if line else ""
            dump = result.get("hang_dump", "").strip()
            return None, [
                problem(
                    "timeout",
                    line,
                    f"the snippet did not finish within {result['timeout']:g} s{where}",
                    "end the loop or make the snippet faster; if it really needs longer, "
                    "declare `# timeout: <seconds>` at its top",
                    f"where each thread was when it was stopped:\n{dump}" if dump else "",
                )
            ]
        if "flood" in result:
            flood = result["flood"]
            line = flood.get("line")
            where = f", at line {line}" if line else ""
            return None, [
                problem(
                    "flood",
                    line,
                    f"the snippet printed more than {flood['limit']:,} characters "
                    f"(from {flood['where']}{where}) and was stopped",
                    "print a summary instead (a shape, a few values, a sum); "
                    "an endless loop that prints must end",
                )
            ]

    problems = _check_declarations(first, directives, problem)
    output = normalise(first["output"] + first.get("c_output", ""))
    other = normalise(second["output"] + second.get("c_output", ""))
    origins = first.get("origins", [])
    run = Run(
        output,
        origins,
        first["torch_version"],
        first["device"],
        figures=first.get("figures", []),
        graphs=[g for g in first.get("graphs", []) if "dot" in g],
    )
    for graph in first.get("graphs", []):
        if "error" in graph:
            problems.append(
                problem(
                    "graph",
                    directives.lines.get("graph"),
                    f"cannot draw the autograd graph: {graph['error']}",
                    "name, in `# graph:`, a tensor the snippet computes with autograd",
                )
            )

    address = ADDRESS_RE.search(output)
    if address:
        line_number = output[: address.start()].count("\n") + 1
        problems.append(
            problem(
                "address",
                run.origin(line_number),
                f"the output shows an object address ({address.group()}), "
                "which changes from run to run",
                "print something stable instead, e.g. `t.grad_fn.name()` rather than "
                "`t.grad_fn`, or `type(obj).__name__` rather than `obj`",
            )
        )
    elif output != other:
        line_number = _first_difference(output, other)
        problems.append(
            problem(
                "nondeterministic",
                run.origin(line_number),
                f"the output differs between two runs (first at output line {line_number})",
                "seed every random generator (torch.manual_seed), print no object addresses, "
                "times or set orders, and round floats whose last digits vary",
                expected_files.compare(output, other, "first run", "second run").diff,
            )
        )
    return (None if problems else run), problems


def _check_declarations(result: dict, directives: Directives, problem) -> list[Problem]:
    problems: list[Problem] = []
    exception = result.get("exception")
    if exception and not _declared(directives.raises, exception["classes"]):
        if directives.raises:
            message = (
                f"the snippet declares `# raises: {directives.raises}` but raised "
                f"{exception['type']}: {exception['message']}"
            )
            fix = f"make it raise {directives.raises}, or declare `# raises: {exception['type']}`"
        else:
            message = f"the snippet raised {exception['type']}: {exception['message']}"
            fix = (
                "correct the code; if the error is what the snippet teaches, "
                f"declare `# raises: {exception['type']}` at its top"
            )
        problems.append(
            problem("raised", exception.get("lineno"), message, fix, exception.get("traceback", ""))
        )
    elif directives.raises and not exception:
        problems.append(
            problem(
                "not-raised",
                directives.lines.get("raises"),
                f"the snippet declares `# raises: {directives.raises}` but ran to the end without raising",
                f"make it raise {directives.raises}, or remove the directive",
            )
        )

    seen: list[list[str]] = []
    for warning in result.get("warnings", []):
        seen.append(warning["classes"])
        if not _declared(directives.warns, warning["classes"]):
            line = warning["lineno"] if warning["filename"] == result.get("filename") else None
            problems.append(
                problem(
                    "warned",
                    line or warning.get("snippet_line"),
                    f"the snippet emitted an undeclared {warning['category']}: {warning['message']}",
                    "avoid the warning; if it is what the snippet shows, declare "
                    f"`# warns: {warning['category']}` at its top",
                )
            )
    for name in directives.warns:
        if not any(_declared(name, classes) for classes in seen):
            problems.append(
                problem(
                    "not-warned",
                    directives.lines.get("warns"),
                    f"the snippet declares `# warns: {name}` but emitted no such warning",
                    f"make it emit {name}, or remove it from the directive",
                )
            )
    return problems


# ---------------------------------------------------------- comparison with files


def compare_with_expected(snippet: Snippet, run: Run) -> tuple[Path | None, list[Problem]]:
    found = expected_files.expected_for(snippet, run.device)
    if found is None:
        missing = snippet.display(snippet.expected_path("cpu"))
        return None, [
            Problem(
                kind="missing-output",
                file=snippet.display_path,
                line=None,
                message=f"no expected output is recorded ({missing} is missing)",
                fix="run `make outputs` to record it from a real run, review it, "
                "and commit it with the snippet",
            )
        ]
    path, expected_text = found
    shown = snippet.display(path)
    mismatch = expected_files.compare(
        expected_text, run.output, f"{shown} (expected)", f"{snippet.display_path} (this run)"
    )
    if mismatch is None:
        return path, []
    recorded = expected_files.recorded_torch(snippet.root)
    running = expected_files.base_version(run.torch_version)
    if recorded and recorded != running:
        message = (
            f"torch drift: the output differs from {shown}:{mismatch.first_line}, which was "
            f"recorded with torch {recorded}; this run used torch {run.torch_version}"
        )
        fix = (
            f"to move the site to torch {running}, run `make outputs`, review every diff and "
            f"update the pin; otherwise use the pinned torch {recorded} (`make test` installs it)"
        )
    else:
        message = f"the output differs from {shown}:{mismatch.first_line}"
        fix = (
            "if the new output is right, run `make outputs` and review the diff before "
            "committing; otherwise fix the snippet"
        )
        if run.device != "cpu" and path == snippet.expected_path("cpu"):
            fix += (
                f"; if {run.device} really prints something else, record a per-device output "
                f"with `make outputs DEVICE={run.device}` on a machine that has one"
            )
    return path, [
        Problem(
            kind="mismatch",
            file=snippet.display_path,
            line=run.origin(mismatch.first_line),
            message=message,
            fix=fix,
            detail=mismatch.diff,
        )
    ]


# ------------------------------------------------------------------ entry points


def run_request(snippet: Snippet, code: str, device: str) -> RunRequest:
    directives = parse_directives(code)
    return RunRequest(
        code=code,
        filename=snippet.display_path,
        device=device,
        timeout=directives.timeout,
        graphs=directives.graphs,
    )


def run_snippets(
    snippets: list[Snippet],
    pool: Pool,
    device: str = "cpu",
    cache: RunCache | None = None,
    codes: dict[str, str] | None = None,
) -> list[tuple[Snippet, Run | None, list[Problem]]]:
    """Run each snippet twice (the determinism pair, cache permitting) and check the runs.

    ``codes`` runs other text in place of a snippet's file (a page's fence as
    written); the key is the text, so identical text shares the file's entry.
    """
    codes = codes or {}
    texts = {snippet.name: codes.get(snippet.name) or snippet.read() for snippet in snippets}
    results: dict[str, tuple[Run | None, list[Problem]]] = {}
    to_run: list[Snippet] = []
    for snippet in snippets:
        hit = cache.get(cache.key(texts[snippet.name], device)) if cache else None
        if hit is not None:
            results[snippet.name] = (Run(**hit, cached=True), [])
        else:
            to_run.append(snippet)
    if to_run:
        pairs = pool.run_pairs([run_request(s, texts[s.name], device) for s in to_run])
        for snippet, (first, second) in zip(to_run, pairs, strict=True):
            for result in (first, second):
                result.setdefault("filename", snippet.display_path)
            run, problems = check_runs(snippet, texts[snippet.name], first, second)
            if run is not None and cache is not None:
                cache.put(cache.key(texts[snippet.name], device), run.as_json())
            results[snippet.name] = (run, problems)
    return [(snippet, *results[snippet.name]) for snippet in snippets]


def verify(
    snippets: list[Snippet],
    pool: Pool,
    device: str = "cpu",
    cache: RunCache | None = None,
    codes: dict[str, str] | None = None,
) -> list[Outcome]:
    """Run and compare each snippet with its expected output on ``device``."""
    outcomes = []
    for snippet, run, problems in run_snippets(snippets, pool, device, cache, codes):
        outcome = Outcome(snippet=snippet, device=device, run=run, problems=list(problems))
        if run is not None:
            outcome.expected_file, mismatch = compare_with_expected(snippet, run)
            outcome.problems.extend(mismatch)
        outcomes.append(outcome)
    return outcomes


def update_outputs(
    snippets: list[Snippet], pool: Pool, device: str = "cpu"
) -> tuple[list[Path], list[Problem]]:
    """The update command: rewrite expected outputs from real runs.

    On CPU the shared ``.out`` is written. On another device a ``.<device>.out``
    is written only where the output really differs from the shared one (and
    removed where it no longer does). Snippets whose runs have problems are
    left untouched and reported.
    """
    changed: list[Path] = []
    problems: list[Problem] = []
    torch_version = None
    for snippet, run, run_problems in run_snippets(snippets, pool, device):
        if run is None:
            problems.extend(run_problems)
            continue
        torch_version = run.torch_version
        if device == "cpu":
            path = snippet.expected_path("cpu")
            if expected_files.write_expected(path, run.output):
                changed.append(path)
            continue
        shared = snippet.expected_path("cpu")
        own = snippet.expected_path(device)
        if shared.exists() and shared.read_text(encoding="utf-8") == run.output:
            if own.exists():
                own.unlink()
                changed.append(own)
        elif expected_files.write_expected(own, run.output):
            changed.append(own)
    if torch_version is not None and device == "cpu":
        root = snippets[0].root
        before = expected_files.recorded_torch(root)
        if before != expected_files.base_version(torch_version):
            expected_files.write_recorded_torch(root, torch_version)
            changed.append(root / "snippets" / expected_files.RECORD_FILE)
    return changed, problems
