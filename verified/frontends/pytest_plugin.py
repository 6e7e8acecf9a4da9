"""pytest front-end: snippet cases per device, and pages run as written by pytest-markdown-docs.

Loaded from the root ``conftest.py``. Needs only pytest and torch (plus this
package), so a GPU machine without the doc stack can run the snippet tests;
the pytest-markdown-docs parts switch on only where that plugin is installed.

* ``snippet_cases(root)`` gives one ``(snippet, device)`` case per snippet and
  device: CPU always, CUDA skipped with a reason where torch sees no GPU.
* ``snippet_outcomes(device)`` (a session fixture) verifies every snippet on a
  device once, through the run cache the build shares, so the determinism pair
  runs at most once per snippet however many tests look at it.
* ``--markdown-docs`` runs each page's Python fences with ``--8<--`` includes
  expanded (the ``pytest_markdown_docs_markdown_it`` hook below). Each fence
  goes through the engine like any snippet (isolated, timed out, output
  compared), so a page is checked exactly as a reader would copy it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from verified.engine.cache import RunCache
from verified.engine.page_model import INCLUDE_RE, PYTHON_LANGS, fence_language
from verified.engine.page_rules import page_problems, read_page
from verified.engine.pool import shared_pool
from verified.engine.problems import format_problems
from verified.engine.record import Record
from verified.engine.snippet import Snippet, discover
from verified.engine.verify import verify

RUNNER = "VerifiedSnippetRunner"
_state: dict[str, object] = {"root": Path.cwd()}


@cache
def cuda_status() -> tuple[bool, str]:
    import torch

    if torch.cuda.is_available():
        return True, torch.cuda.get_device_name(0)
    return False, f"CUDA not available: torch {torch.__version__} sees no GPU on this machine"


def snippet_cases(root: Path) -> list:
    """``pytest.param(snippet, device)`` for every snippet on CPU and CUDA."""
    available, reason = cuda_status()
    cases = []
    for snippet in discover(root):
        cases.append(pytest.param(snippet, "cpu", id=f"{snippet.name}-cpu"))
        cases.append(
            pytest.param(
                snippet,
                "cuda",
                id=f"{snippet.name}-cuda",
                marks=pytest.mark.skipif(not available, reason=reason),
            )
        )
    return cases


def fail_on_problems(problems, heading: str) -> None:
    if problems:
        pytest.fail(format_problems(problems, heading), pytrace=False)


@pytest.fixture(scope="session")
def snippet_pool():
    pool = shared_pool()
    pool.start()  # both workers import torch while pytest sets up
    yield pool
    pool.close()


@pytest.fixture(scope="session")
def snippet_outcomes(snippet_pool):
    """``outcomes(device)``: every snippet of the project verified on ``device``, once."""
    root = Path(_state["root"])
    found: dict[str, dict] = {}

    def outcomes(device: str) -> dict:
        if device not in found:
            results = verify(discover(root), snippet_pool, device, _run_cache())
            found[device] = {outcome.snippet.name: outcome for outcome in results}
        return found[device]

    return outcomes


def _run_cache() -> RunCache:
    if "cache" not in _state:
        _state["cache"] = RunCache(Path(_state["root"]))
    return _state["cache"]


def pytest_configure(config) -> None:
    _state["root"] = Path(config.rootpath)


def pytest_addoption(parser) -> None:
    parser.addoption(
        "--verification-record",
        metavar="DIR",
        default=None,
        help="write DIR/<device>.json saying which snippets passed on which device "
        "(on a GPU: --verification-record=verification, then commit verification/cuda.json)",
    )


class VerificationLog:
    """Collects snippet results per device during a test session."""

    def __init__(self) -> None:
        self.records: dict[str, Record] = {}

    def add(self, snippet: Snippet, device: str, outcome) -> None:
        if device not in self.records:
            from verified.engine.cache import installed_torch_version

            version = outcome.run.torch_version if outcome.run else installed_torch_version()
            name = cuda_status()[1] if device.startswith("cuda") else "CPU"
            self.records[device] = Record.new(device, version, name)
        self.records[device].add(snippet.name, snippet.read(), outcome.ok)

    def write(self, directory: Path) -> list[Path]:
        written = []
        for device, record in self.records.items():
            path = directory / f"{device}.json"
            record.write(path)
            written.append(path)
        return written


@pytest.fixture(scope="session")
def verification_log(pytestconfig):
    log = VerificationLog()
    yield log
    directory = pytestconfig.getoption("verification_record")
    if directory:
        for path in log.write(Path(directory)):
            print(f"\nverification record written: {path}")


# ------------------------------------------------------------ pytest-markdown-docs


def _expand_includes(state) -> None:
    """markdown-it core rule: replace a fence's ``--8<--`` line with the snippet it names."""
    root = Path(_state["root"])
    for token in state.tokens:
        if token.type != "fence" or fence_language(token.info) not in PYTHON_LANGS:
            continue
        lines = [line for line in token.content.splitlines() if line.strip()]
        match = INCLUDE_RE.match(lines[0]) if len(lines) == 1 else None
        if match:
            path = root / "snippets" / match.group("target")
            if path.is_file():
                token.content = path.read_text(encoding="utf-8")
        # Every Python fence goes to our runner: a snippet is verified, anything
        # else (inline code, a broken include) is reported as the page mistake it is.
        token.info = f"python runner:{RUNNER}"


@pytest.hookimpl(optionalhook=True)
def pytest_markdown_docs_markdown_it():
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark")
    parser.core.ruler.after("block", "verified_expand_includes", _expand_includes)
    return parser


class PageFenceFailed(Exception):
    pass


def _run_page_fence(test) -> None:
    """Verify one page fence: the expanded code as the page shows it, against its snippet's output."""
    root = Path(_state["root"])
    path = Path(test.source_path)
    shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
    where = f"{shown}:{test.start_line}"
    page = read_page(root, path) if path.is_relative_to(root) else None
    fence = next((f for f in page.fences if f.start == test.start_line), None) if page else None
    if fence is None or fence.snippet is None:
        problems = page_problems(root, page) if page else []
        problems = [p for p in problems if p.line is not None and p.line >= test.start_line]
        if problems:
            raise PageFenceFailed(format_problems(problems[:1], f"{where} as written"))
        raise PageFenceFailed(f"{where}: this Python fence is not a snippet include")
    name = fence.snippet
    code = test.source[test.start_line :]  # pytest-markdown-docs pads with one newline per line
    [outcome] = verify([Snippet(root, name)], shared_pool(), "cpu", _run_cache(), {name: code})
    if outcome.problems:
        for problem in outcome.problems:
            problem.included_from = [where]
        raise PageFenceFailed(format_problems(outcome.problems, f"{where} run as written"))


try:
    from pytest_markdown_docs._runners import _Runner, register_runner
except ImportError:  # the doc stack is not installed (e.g. on a bare GPU machine)
    pass
else:

    @register_runner()
    class VerifiedSnippetRunner(_Runner):
        def runtest(self, test, args, **_ignored):
            _run_page_fence(test)

        def repr_failure(self, test, excinfo, style=None):
            return str(excinfo.value)
