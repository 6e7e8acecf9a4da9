"""Every snippet, on every device: run twice in isolation, compared with its expected output.

Needs only torch and pytest, so it runs on a GPU machine without the doc stack:
``python -m pytest tests/test_snippets.py --verification-record=verification`` runs the
CUDA cases for real and writes ``verification/cuda.json`` for the pages' badges.
All snippets of a device run as one batch (the determinism pair, the second run
in shuffled order) through the run cache the build shares; each case reads its
snippet's outcome.
"""

from pathlib import Path

import pytest

from verified.frontends.pytest_plugin import fail_on_problems, snippet_cases

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("snippet", "device"), snippet_cases(ROOT))
def test_snippet(snippet, device, snippet_outcomes, verification_log):
    outcome = snippet_outcomes(device)[snippet.name]
    verification_log.add(snippet, device, outcome)
    fail_on_problems(outcome.problems, f"{snippet.display_path} on {device}")
