"""Make tests/ helpers (planted.py, replays.py) importable from the test modules."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def pytest_sessionfinish(session):
    """A session with a failure keeps none of the replays it wrote (see replays.py)."""
    replays = sys.modules.get("replays")
    if session.testsfailed and replays is not None:
        replays.forget_written()
