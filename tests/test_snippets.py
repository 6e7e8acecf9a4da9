"""Every snippet, on every device: run twice in isolation, compared with its expected output.

Needs only torch and pytest, so it runs on a GPU machine without the doc stack:
``python -m pytest tests/test_snippets.py --verification-record=verification`` runs the
CUDA cases for real and writes ``verification/cuda.json`` for the pages' badges.
"""

from pathlib import Path

import pytest

from verified.engine.verify import verify
from verified.frontends.pytest_plugin import fail_on_problems, snippet_cases

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("snippet", "device"), snippet_cases(ROOT))
def test_snippet(snippet, device, snippet_pool, verification_log):
    [outcome] = verify([snippet], snippet_pool, device, draw=True)  # draw: check `# graph:` too
    verification_log.add(snippet, device, outcome)
    fail_on_problems(outcome.problems, f"{snippet.display_path} on {device}")
