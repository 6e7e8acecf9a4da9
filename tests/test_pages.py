"""The single-source rules for docs/: no inline Python, no broken include, no orphan snippet."""

import re
from pathlib import Path

from planted import FAULTS
from verified.engine import page_rules
from verified.engine.page_rules import read_site
from verified.frontends.pytest_plugin import fail_on_problems

ROOT = Path(__file__).resolve().parents[1]


def _problems(*kinds):
    return [p for p in read_site(ROOT).problems if p.kind in kinds]


def test_pages_hold_no_inline_python_and_every_fence_names_its_language():
    fail_on_problems(_problems("inline-code", "no-language"), "code written inline on a page")


def test_every_include_and_quote_resolves():
    fail_on_problems(
        _problems("missing-include", "missing-section", "bad-reference", "missing-drift-report"),
        "broken includes",
    )


def test_snippet_fences_can_carry_their_output():
    fail_on_problems(
        _problems("several-includes", "partial-include", "nested-snippet", "stray-solution"),
        "snippet fences",
    )


def test_every_snippet_is_included_somewhere():
    fail_on_problems(_problems("orphan", "orphan-output"), "snippets no page shows")


def test_the_site_has_no_page_problem_at_all():
    fail_on_problems(read_site(ROOT).problems, "page problems")


def test_every_problem_kind_the_rules_can_report_is_planted():
    """Each kind of page mistake page_rules.py can report has a planted fault in planted.py
    (which test_faults.py runs through the build and the tests)."""
    source = Path(page_rules.__file__).read_text(encoding="utf-8")
    kinds = set(re.findall(r'(?:_problem\(|kind=)\s*"([a-z-]+)"', source))
    assert len(kinds) >= 10, kinds  # the pattern still finds them
    planted = {kind for fault in FAULTS for kind in fault.kinds}
    assert kinds <= planted, f"never planted: {sorted(kinds - planted)}"
