"""Torch drift: how the committed outputs fare under another torch version.

``make drift TORCH=<version>`` runs every snippet, twice as always, with the
interpreter of a separate virtual environment holding that torch, and sorts
each snippet into one of three groups by comparing its normalised output with
its committed ``.out``:

``identical``
    the same text, byte for byte;
``torch-lines``
    the same once the line numbers of locations inside torch's own files are
    masked (``aten/src/ATen/core/TensorBody.h:493`` -> ``:488``): torch's
    sources moved, what the snippet shows did not;
``content``
    anything else, including a snippet that now raises, warns, hangs or prints
    differently on its two runs.

A location inside torch is, after ``normalise()``:

* ``<path>:<line>`` where the path's first folder is ``torch/``, ``aten/`` or
  ``c10/`` (a warning's ``torch/autograd/graph.py:979:`` or the C++ file of
  ``(Triggered internally at aten/src/ATen/core/TensorBody.h:493.)``);
* ``File "<such a path>", line <n>`` in a traceback;
* whatever file ``(Triggered internally at <file>:<line>.)`` names: that
  clause only ever names torch's own C++ source, whatever its build path.

Only the line number is masked: a warning raised from another torch file, or
any change to the text around it, is content. ``classify``, ``mask_torch_lines``,
``entry``, ``build_report``, ``dumps`` and ``requirements`` are pure;
``run_drift`` runs the snippets.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from verified.engine import expected as expected_files
from verified.engine.normalise import normalise
from verified.engine.pool import Pool
from verified.engine.problems import Problem
from verified.engine.snippet import Snippet
from verified.engine.verify import check_runs, run_request

IDENTICAL = "identical"
TORCH_LINES = "torch-lines"
CONTENT = "content"
GROUPS = (IDENTICAL, TORCH_LINES, CONTENT)

_TORCH_PATH = r"(?:torch|aten|c10)[/\\][\w.+/\\-]*\.\w+"
_LOCATIONS = (
    # torch/autograd/graph.py:979, aten/src/ATen/core/TensorBody.h:493 (not snippets/torch/x.py:3)
    re.compile(rf"(?P<at>(?<![\w.+/\\-]){_TORCH_PATH}:)(?P<line>\d+)"),
    # File "torch/autograd/graph.py", line 979
    re.compile(rf'(?P<at>File "{_TORCH_PATH}", line )(?P<line>\d+)'),
    # (Triggered internally at /any/build/path/engine.cpp:1307.)
    re.compile(r"(?P<at>\(Triggered internally at \S+?:)(?P<line>\d+)"),
)
LINE_MASK = "<line>"


def mask_torch_lines(text: str) -> str:
    """``text`` with the line number of every location inside torch replaced by ``<line>``."""
    for pattern in _LOCATIONS:
        text = pattern.sub(lambda m: m.group("at") + LINE_MASK, text)
    return text


def classify(expected: str, actual: str) -> str:
    """The group of a snippet that was expected to print ``expected`` and printed ``actual``."""
    if expected == actual:
        return IDENTICAL
    if mask_torch_lines(expected) == mask_torch_lines(actual):
        return TORCH_LINES
    return CONTENT


def entry(
    expected: str | None,
    actual: str,
    problems: list[str],
    expected_name: str,
    actual_name: str,
) -> dict:
    """One snippet's line of the report.

    ``expected`` is the committed output (None: no ``.out``), ``actual`` the
    normalised output of the run, ``problems`` what the run-level checks found
    (an undeclared exception or warning, a timeout, two runs that differ): any
    problem makes the snippet ``content``, whatever it printed.
    """
    group = CONTENT if problems or expected is None else classify(expected, actual)
    result: dict = {"group": group}
    if group != IDENTICAL:
        mismatch = expected_files.compare(expected or "", actual, expected_name, actual_name)
        if mismatch is not None:
            result["diff"] = mismatch.diff
    if problems:
        result["problems"] = list(problems)
    return result


def build_report(
    entries: dict[str, dict], torch: str, pinned: str | None, python: str, device: str = "cpu"
) -> dict:
    """The whole report: versions, counts per group and each snippet's entry (by path)."""
    counts = {group: 0 for group in GROUPS}
    for item in entries.values():
        counts[item["group"]] += 1
    return {
        "torch": torch,  # the version that ran, as torch.__version__ says it
        "pinned_torch": pinned,  # the version the committed outputs were recorded with
        "python": python,
        "device": device,
        "total": len(entries),
        "counts": counts,
        "snippets": dict(sorted(entries.items())),
    }


def dumps(report: dict) -> str:
    """The report as written to disk: sorted keys, no timestamps, the same bytes every time."""
    return json.dumps(report, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def report_path(root: Path, torch: str) -> Path:
    return root / "verification" / f"drift-{expected_files.base_version(torch)}.json"


def requirements(dependencies: list[str], torch: str) -> list[str]:
    """The project's runtime dependencies with ``torch==<torch>`` in place of the pin.

    ``dependencies`` is ``[project].dependencies`` of pyproject.toml, so the
    drift environment gets the same numpy and matplotlib as the site's.
    """
    name_re = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
    kept = []
    for requirement in dependencies:
        match = name_re.match(requirement)
        name = match.group(1).lower().replace("_", "-") if match else ""
        if name != "torch":
            kept.append(requirement.strip())
    return [f"torch=={torch}", *kept]


def _problem_line(problem: Problem) -> str:
    return f"{problem.location}: {problem.message}"


def run_drift(snippets: list[Snippet], pool: Pool, python: str, device: str = "cpu") -> dict:
    """Run every snippet on ``pool`` (its workers use the other torch) and build the report.

    Each snippet runs on both workers and goes through the engine's run-level
    checks (``check_runs``), as ``check`` does; the run cache is not used.
    """
    codes = {snippet.name: snippet.read() for snippet in snippets}
    requests = [run_request(snippet, codes[snippet.name], device) for snippet in snippets]
    pairs = pool.run_pairs(requests)
    torch = next(
        (first["torch_version"] for first, _ in pairs if "torch_version" in first),
        pool.workers[0].torch_version or "unknown",
    )
    root = snippets[0].root if snippets else Path(".")
    pinned = expected_files.recorded_torch(root)
    entries = {}
    for snippet, (first, second) in zip(snippets, pairs, strict=True):
        for result in (first, second):
            result.setdefault("filename", snippet.display_path)
        run, problems = check_runs(snippet, codes[snippet.name], first, second)
        if run is not None:
            actual = run.output
        else:
            actual = normalise(first.get("output", "") + first.get("c_output", ""))
        found = expected_files.expected_for(snippet, device)
        expected_path, expected_text = found or (snippet.expected_path("cpu"), None)
        if expected_text is None:
            problems = [
                *problems,
                Problem(
                    "missing-output",
                    snippet.display_path,
                    None,
                    f"no expected output is recorded ({snippet.display(expected_path)})",
                    "make outputs",
                ),
            ]
        entries[snippet.display_path] = entry(
            expected_text,
            actual,
            [_problem_line(problem) for problem in problems],
            f"{snippet.display(expected_path)} (torch {pinned})",
            f"{snippet.display_path} (torch {expected_files.base_version(torch)})",
        )
    return build_report(entries, torch, pinned, python, device)
