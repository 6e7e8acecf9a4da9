"""The single-source rules for docs/: no inline Python, no broken include, no orphan snippet."""

from pathlib import Path

from verified.engine.pages import scan_site
from verified.frontends.pytest_plugin import fail_on_problems

ROOT = Path(__file__).resolve().parents[1]


def _problems(*kinds):
    return [p for p in scan_site(ROOT).problems if p.kind in kinds]


def test_pages_hold_no_inline_python():
    fail_on_problems(_problems("inline-code"), "code written inline on a page")


def test_every_include_resolves():
    fail_on_problems(
        _problems("missing-include", "missing-section", "bad-reference"), "broken includes"
    )


def test_snippet_fences_can_carry_their_output():
    fail_on_problems(
        _problems("several-includes", "partial-include", "nested-snippet"), "snippet fences"
    )


def test_every_snippet_is_included_somewhere():
    fail_on_problems(_problems("orphan", "orphan-output"), "snippets no page shows")


def test_every_page_problem_kind_is_covered_above():
    covered = {
        "inline-code",
        "missing-include",
        "missing-section",
        "several-includes",
        "partial-include",
        "nested-snippet",
        "orphan",
        "orphan-output",
        "bad-reference",
    }
    assert {p.kind for p in scan_site(ROOT).problems} <= covered
