"""The drift report rendered as Markdown, in English and Chinese."""

from verified.engine.drift import CONTENT, IDENTICAL, TORCH_LINES, build_report
from verified.frontends.drift_page import render_drift

MOVED_DIFF = (
    "--- snippets/b/moved.out (torch 2.13.0)\n"
    "+++ snippets/b/moved.py (torch 2.14.1)\n"
    "@@ -1 +1 @@\n"
    "-w (Triggered internally at aten/src/ATen/core/TensorBody.h:493.)\n"
    "+w (Triggered internally at aten/src/ATen/core/TensorBody.h:488.)\n"
)
REPORT = build_report(
    {
        "snippets/a/same.py": {"group": IDENTICAL},
        "snippets/a/other.py": {"group": IDENTICAL},
        "snippets/b/moved.py": {"group": TORCH_LINES, "diff": MOVED_DIFF},
        "snippets/c/raises.py": {
            "group": CONTENT,
            "diff": "--- x\n+++ y\n@@ -1 +1 @@\n-ok\n+ValueError: ```new```\n",
            "problems": ["snippets/c/raises.py:1: the snippet raised ValueError: ```new```"],
        },
    },
    "2.14.1+cu130",
    "2.13.0",
    "3.11.7",
)


def test_english_counts_then_each_changed_snippet_with_its_diff():
    page = render_drift(REPORT, "en")
    assert "torch 2.14.1+cu130 (Python 3.11.7, CPU)" in page
    assert "recorded with torch 2.13.0" in page
    assert "| identical | 2 |" in page
    assert "| different only in line numbers inside torch's own files | 1 |" in page
    assert "| different in content | 1 |" in page
    assert (
        "### different only in line numbers inside torch's own files {#drift-torch-lines}" in page
    )
    assert "### different in content {#drift-content}" in page
    moved = page.index("`snippets/b/moved.py`")
    assert page.index("```diff\n" + MOVED_DIFF.rstrip("\n") + "\n```", moved) > moved
    assert page.index("{#drift-torch-lines}") < moved < page.index("{#drift-content}")
    assert "snippets/a/same.py" not in page  # identical snippets are only counted
    # text holding backticks gets a longer fence, so it cannot close the block early
    assert "````diff\n" in page and "````text\n" in page
    assert "the snippet raised ValueError" in page


def test_chinese_labels_and_the_same_anchors():
    page = render_drift(REPORT, "zh")
    assert "| 完全相同 | 2 |" in page
    assert "| 仅 torch 内部文件的行号不同 | 1 |" in page
    assert "| 内容不同 | 1 |" in page
    assert "### 仅 torch 内部文件的行号不同 {#drift-torch-lines}" in page
    assert "### 内容不同 {#drift-content}" in page
    assert MOVED_DIFF.rstrip("\n") in page
    assert "different" not in page


def test_a_report_without_differences_says_so_and_lists_nothing():
    report = build_report({"snippets/a.py": {"group": IDENTICAL}}, "2.13.0", "2.13.0", "3.11.7")
    page = render_drift(report, "en")
    assert "All 1 snippets print exactly what the pages show." in page
    assert "```" not in page and "###" not in page
    assert render_drift(report, "fr") == page  # an unknown language falls back to English


def test_every_drift_marker_on_a_page_names_a_committed_report():
    from pathlib import Path

    from verified.frontends.drift_page import MARKER_RE, load_report

    root = Path(__file__).resolve().parents[1]
    versions = {
        match.group("version")
        for page in sorted((root / "docs").glob("*.md"))
        for line in page.read_text(encoding="utf-8").splitlines()
        if (match := MARKER_RE.match(line.strip()))
    }
    assert "2.14.1" in versions
    for version in versions:
        report = load_report(root, version)
        assert report["torch"].split("+")[0] == version
        assert report["total"] == sum(report["counts"].values()) == len(report["snippets"])
        for lang in ("en", "zh"):
            assert render_drift(report, lang)


def test_a_missing_report_says_how_to_make_it(tmp_path):
    import pytest

    from verified.frontends.drift_page import load_report

    with pytest.raises(FileNotFoundError, match=r"make drift TORCH=9\.9"):
        load_report(tmp_path, "9.9")
