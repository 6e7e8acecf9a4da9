"""The Chinese edition: every page translated, up to date, and built on the same snippets.

A translation keeps the English page's snippets (same files, same order), its
quoted outputs, its heading anchors and its link targets; only prose changes.
The checker is also run against planted mistakes, each reported by page name.
"""

import shutil
from pathlib import Path

import pytest

from verified.engine.translations import check, stamp
from verified.frontends.pytest_plugin import fail_on_problems

ROOT = Path(__file__).resolve().parents[1]


def test_every_page_is_translated_up_to_date_and_matching():
    fail_on_problems(check(ROOT, "zh"), "zh translations")


@pytest.fixture
def copy(tmp_path):
    for name in ("tensors-that-remember.md", "tensors-that-remember.zh.md"):
        (tmp_path / "docs").mkdir(exist_ok=True)
        shutil.copy(ROOT / "docs" / name, tmp_path / "docs" / name)
    return tmp_path


def _messages(root):
    return "\n".join(p.format() for p in check(root, "zh"))


def test_a_faithful_copy_passes(copy):
    assert _messages(copy) == ""


def test_a_missing_translation_is_reported_by_name(copy):
    (copy / "docs/tensors-that-remember.zh.md").unlink()
    assert "docs/tensors-that-remember.md has no zh translation" in _messages(copy)


def test_an_outdated_translation_is_reported(copy):
    page = copy / "docs/tensors-that-remember.md"
    page.write_text(page.read_text() + "\nA new paragraph.\n")
    report = _messages(copy)
    assert "docs/tensors-that-remember.zh.md:1: the translation is outdated" in report
    stamp(copy / "docs/tensors-that-remember.zh.md")  # after updating the translation
    assert _messages(copy) == ""


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (  # a snippet left out
            '```python\n--8<-- "tensors/graph_walk.py"\n```\n',
            "",
            "snippets included differ: missing tensors/graph_walk.py",
        ),
        (  # two snippets swapped
            '--8<-- "tensors/history.py"',
            '--8<-- "tensors/off_by_default.py"',
            "snippets included differ",
        ),
        (  # a heading whose anchor no longer matches
            "{#walking-the-recorded-graph}",
            "{#walking-the-graph}",
            "heading anchors differ: missing walking-the-recorded-graph",
        ),
        (  # a link the English page does not have
            "{#key-points}\n",
            "{#key-points}\n\n[下一章](backward.md)\n",
            "link targets differ: extra backward.md",
        ),
    ],
)
def test_a_planted_mismatch_is_reported(copy, old, new, expected):
    page = copy / "docs/tensors-that-remember.zh.md"
    text = page.read_text()
    assert old in text, f"the fixture page no longer contains {old!r}"
    page.write_text(text.replace(old, new, 1))
    report = _messages(copy)
    assert "docs/tensors-that-remember.zh.md: the translation does not match" in report
    assert expected in report


def test_stamp_refuses_a_name_that_is_not_a_translated_page(capsys):
    from verified.frontends.cli import main

    assert main(["translations", "--stamp", "backward"]) == 2
    assert "--stamp takes a translated page such as docs/backward.zh.md" in capsys.readouterr().err
