"""Every author mistake fails the build and the tests, naming file, line and fix.

Each fault is planted in a throwaway project (see ``planted.py``). The build is
run in-process (MkDocs with the ``verified`` plugin); the tests are run as a
real ``pytest`` subprocess on a copy of this repository's own test files.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from planted import FAULTS, FAULTS_BY_ID, copy_test_suite, make_project
from verified.engine.snippet import DEFAULT_TIMEOUT_S

FAULT_IDS = [fault.id for fault in FAULTS]


def _assert_reported(report: str, fault_id: str) -> None:
    fault = FAULTS_BY_ID[fault_id]
    assert f"{fault.location}: " in report, f"{fault.location} not named in:\n{report}"
    for text in fault.expect:
        assert text in report, f"{text!r} not in:\n{report}"
    assert "fix: " in report


@pytest.mark.parametrize("fault_id", FAULT_IDS)
def test_build_fails_naming_file_line_and_fix(fault_id, tmp_path, snippet_pool, caplog):
    pytest.importorskip("mkdocs", reason="the doc stack (mkdocs) is not installed here")
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort

    root = make_project(tmp_path, [FAULTS_BY_ID[fault_id]], snippet_pool)
    config = load_config(str(root / "mkdocs.yml"))
    with pytest.raises(Abort):  # what `mkdocs build` exits with, after logging the error
        build(config)
    report = "\n".join(r.getMessage() for r in caplog.records if r.levelname == "ERROR")
    _assert_reported(report, fault_id)
    assert "Autograd, Verified stopped the build: 1 problem" in report
    assert not (root / "site" / "index.html").exists(), "a failed build must not write pages"


def test_healthy_project_builds(tmp_path, snippet_pool):
    pytest.importorskip("mkdocs", reason="the doc stack (mkdocs) is not installed here")
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    root = make_project(tmp_path, [], snippet_pool)
    build(load_config(str(root / "mkdocs.yml")))
    page = (root / "site" / "index.html").read_text()
    assert "snippets/demo/good.py" in page
    assert "tensor(6., grad_fn=&lt;SumBackward0&gt;)" in page


@pytest.fixture(scope="module")
def planted_pytest_report(tmp_path_factory, snippet_pool):
    """One pytest run over a project holding every fault at once."""
    pytest.importorskip("pytest_markdown_docs", reason="pytest-markdown-docs is not installed")
    root = make_project(tmp_path_factory.mktemp("all_faults"), FAULTS, snippet_pool)
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
    )
    result.root = root
    return result


def test_tests_fail_on_a_planted_project(planted_pytest_report):
    assert planted_pytest_report.returncode == 1, planted_pytest_report.stdout[-3000:]


def test_healthy_content_passes_beside_the_faults(planted_pytest_report):
    failed = [
        line for line in planted_pytest_report.stdout.splitlines() if line.startswith("FAILED")
    ]
    assert failed, planted_pytest_report.stdout[-3000:]
    assert not [line for line in failed if "demo/good.py" in line or "docs/index.md" in line]


def test_tests_write_a_verification_record(planted_pytest_report):
    from verified.engine.record import Record

    root = planted_pytest_report.root
    record = Record.load(root / "record" / "cpu.json")
    assert record is not None, planted_pytest_report.stdout[-2000:]
    good = (root / "snippets/demo/good.py").read_text()
    raises = (root / "snippets/raises/fault.py").read_text()
    assert record.status("demo/good.py", good).state == "passed"
    assert record.status("raises/fault.py", raises).state == "failed"


@pytest.mark.parametrize("fault_id", FAULT_IDS)
def test_tests_report_each_fault(fault_id, planted_pytest_report):
    _assert_reported(planted_pytest_report.stdout, fault_id)


def test_default_timeout_is_at_most_a_minute():
    assert DEFAULT_TIMEOUT_S <= 60
