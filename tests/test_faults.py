"""Every author mistake fails the build and the tests, naming file, line and fix.

Each fault is planted in a throwaway project (see ``planted.py``). The build is
run in-process (MkDocs with the ``verified`` plugin); the tests are run as a
real ``pytest`` subprocess on a copy of this repository's own test files.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys

import pytest

from planted import FAULTS, FAULTS_BY_ID, copy_test_suite, include_page, make_project
from replays import replayed
from verified.engine.site import verify_site

FAULT_IDS = [fault.id for fault in FAULTS]


def _clean_env() -> dict:
    """The environment for a nested pytest: without this session's own options."""
    return {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}


def _assert_reported(report: str, fault_id: str) -> None:
    fault = FAULTS_BY_ID[fault_id]
    assert f"{fault.location}: " in report, f"{fault.location} not named in:\n{report}"
    for text in fault.expect:
        assert text in report, f"{text!r} not in:\n{report}"
    assert "fix: " in report


@pytest.fixture(scope="module")
def planted_project(tmp_path_factory, snippet_pool):
    """A project holding every fault at once (see planted.py)."""
    return make_project(tmp_path_factory.mktemp("build_faults"), FAULTS, snippet_pool)


@pytest.fixture(scope="module")
def planted_build_report(planted_project):
    """One build of the project holding every fault at once: what it logged as errors."""
    pytest.importorskip("mkdocs", reason="the doc stack (mkdocs) is not installed here")
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort

    root = planted_project
    records: list[logging.LogRecord] = []
    handler = logging.Handler(level=logging.ERROR)
    handler.emit = records.append
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        with pytest.raises(Abort):  # what `mkdocs build` exits with, after logging the error
            build(load_config(str(root / "mkdocs.yml")))
    finally:
        logger.removeHandler(handler)
    assert not (root / "site" / "index.html").exists(), "a failed build must not write pages"
    return "\n".join(record.getMessage() for record in records)


def test_the_build_counts_one_problem_per_planted_fault(planted_build_report):
    count = sum(len(fault.kinds) for fault in FAULTS)
    assert f"Autograd, Verified stopped the build: {count} problems" in planted_build_report


@pytest.mark.parametrize("fault_id", FAULT_IDS)
def test_build_fails_naming_file_line_and_fix(fault_id, planted_build_report):
    _assert_reported(planted_build_report, fault_id)


def test_healthy_project_builds(tmp_path, snippet_pool):
    pytest.importorskip("mkdocs", reason="the doc stack (mkdocs) is not installed here")
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    root = make_project(tmp_path, [], snippet_pool)
    build(load_config(str(root / "mkdocs.yml")))
    page = (root / "site" / "index.html").read_text()
    assert "snippets/demo/good.py" in page
    assert "tensor(6., grad_fn=&lt;SumBackward0&gt;)" in page


def _pytest_over_all_faults(root, pool) -> dict:
    """One pytest run over a project holding every fault at once: what it printed."""
    make_project(root, FAULTS, pool)
    copy_test_suite(root)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "tests",
            "docs",
            "-p",
            "no:cacheprovider",
            "--markdown-docs",
            "--markdown-docs-syntax=superfences",
            "-q",
            "--verification-record=record",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=600,
        env=_clean_env(),
    )
    record = root / "record" / "cpu.json"
    return {
        "returncode": result.returncode,
        "stdout": result.stdout,
        "record": record.read_text() if record.is_file() else None,
        "sources": {
            name: (root / "snippets" / name).read_text()
            for name in ("demo/good.py", "raises/fault.py")
        },
    }


@pytest.fixture(scope="module")
def planted_pytest_report(tmp_path_factory, request):
    """The nested pytest run over every fault, or its replay (replays.py)."""
    pytest.importorskip("pytest_markdown_docs", reason="pytest-markdown-docs is not installed")

    def run():
        root = tmp_path_factory.mktemp("all_faults")
        return _pytest_over_all_faults(root, request.getfixturevalue("snippet_pool"))

    return replayed("planted-pytest", run)


def test_tests_fail_on_a_planted_project(planted_pytest_report):
    assert planted_pytest_report["returncode"] == 1, planted_pytest_report["stdout"][-3000:]


def test_healthy_content_passes_beside_the_faults(planted_pytest_report):
    failed = [
        line for line in planted_pytest_report["stdout"].splitlines() if line.startswith("FAILED")
    ]
    assert failed, planted_pytest_report["stdout"][-3000:]
    assert not [line for line in failed if "demo/good.py" in line or "docs/index.md" in line]


def test_tests_write_a_verification_record(planted_pytest_report, tmp_path):
    from verified.engine.record import Record

    assert planted_pytest_report["record"] is not None, planted_pytest_report["stdout"][-2000:]
    (tmp_path / "cpu.json").write_text(planted_pytest_report["record"])
    record = Record.load(tmp_path / "cpu.json")
    assert record is not None, planted_pytest_report["record"][:2000]
    sources = planted_pytest_report["sources"]
    assert record.status("demo/good.py", sources["demo/good.py"]).state == "passed"
    assert record.status("raises/fault.py", sources["raises/fault.py"]).state == "failed"


@pytest.mark.parametrize("fault_id", FAULT_IDS)
def test_tests_report_each_fault(fault_id, planted_pytest_report):
    _assert_reported(planted_pytest_report["stdout"], fault_id)


def test_each_fault_is_reported_as_its_own_kind(planted_project, snippet_pool):
    problems = verify_site(planted_project, snippet_pool).problems
    by_file: dict[str, set[str]] = {}
    for problem in problems:
        by_file.setdefault(problem.file, set()).add(problem.kind)
    for fault in FAULTS:
        file = fault.location.rsplit(":", 1)[0] if fault.location[-1].isdigit() else fault.location
        assert set(fault.kinds) <= by_file.get(file, set()), (fault.id, by_file.get(file))


WRITER = """\
import torch

torch.save(torch.nn.Linear(2, 1).state_dict(), "model.pt")
with open("notes.txt", "w") as notes:
    notes.write("written by a snippet")
print(open("notes.txt").read())
"""


def _git(root, *args):
    env = {
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    result = subprocess.run(
        ["git", *args], cwd=root, capture_output=True, text=True, env={**os.environ, **env}
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def _build_and_test_a_writer(root, pool) -> dict:
    """Record, build and test a project whose snippet writes files: what each step left."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from verified.engine.snippet import Snippet
    from verified.engine.verify import update_outputs

    make_project(root, [], pool)
    (root / "snippets/demo/writer.py").write_text(WRITER)
    (root / "docs/writer.md").write_text(include_page("demo/writer.py", "Writer"))
    _, problems = update_outputs([Snippet(root, "demo/writer.py")], pool)
    seen = {"record_problems": [str(p) for p in problems]}
    seen["recorded"] = (root / "snippets/demo/writer.out").read_text()
    (root / ".gitignore").write_text("site/\n.cache/\ndocs/notebooks/\n")
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "project")
    build(load_config(str(root / "mkdocs.yml")))  # the build runs it ...
    shutil.rmtree(root / ".cache")  # ... and so do the tests, with nothing cached
    copy_test_suite(root)
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "tests")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/test_snippets.py", "-q", "-p", "no:cacheprovider"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
        env=_clean_env(),
    )
    seen["tests"] = {"returncode": result.returncode, "stdout": result.stdout[-2000:]}
    seen["status"] = _git(root, "status", "--porcelain", "--untracked-files=all")
    seen["written"] = [
        p.relative_to(root).as_posix() for n in ("notes.txt", "model.pt") for p in root.rglob(n)
    ]
    return seen


def test_a_snippet_that_writes_files_leaves_the_checkout_clean(tmp_path, request):
    pytest.importorskip("mkdocs", reason="the doc stack (mkdocs) is not installed here")
    seen = replayed(
        "writer",
        lambda: _build_and_test_a_writer(tmp_path, request.getfixturevalue("snippet_pool")),
    )
    assert not seen["record_problems"], seen["record_problems"]
    assert seen["recorded"] == "written by a snippet\n"
    assert seen["tests"]["returncode"] == 0, seen["tests"]["stdout"]
    assert seen["status"] == ""
    assert seen["written"] == []
