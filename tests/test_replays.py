"""Replays (replays.py): a nested run is replayed while its inputs are unchanged, and a
session with a failure keeps none of the replays it wrote."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from replays import forget_written, inputs_digest, replayed

TESTS = Path(__file__).parent


def test_a_run_is_kept_replayed_and_forgotten(tmp_path):
    """Only this test's replay is forgotten: the replays other tests of this session
    wrote stay kept."""
    runs = []

    def run():
        runs.append(1)
        return {"printed": "tensor(6.)", "codes": (0, 1)}

    first = replayed("probe", run, root=tmp_path)
    second = replayed("probe", run, root=tmp_path)
    assert len(runs) == 1, "the second call ran again instead of replaying"
    assert first == second == {"printed": "tensor(6.)", "codes": [0, 1]}
    replayed("other", run, root=tmp_path / "elsewhere")
    forget_written(root=tmp_path / "elsewhere")
    replayed("probe", run, root=tmp_path)
    assert len(runs) == 2, "forgetting the replays under one root forgot another's"
    forget_written(root=tmp_path)
    replayed("probe", run, root=tmp_path)
    assert len(runs) == 3, "a forgotten replay was replayed"


def test_the_digest_covers_the_sources_it_names():
    assert inputs_digest("verified") != inputs_digest("verified", "tests")
    assert inputs_digest("verified") == inputs_digest("verified")


NESTED = """
from pathlib import Path

from replays import replayed

KEEP = Path(__file__).parent / "kept"


def test_writes_a_replay():
    replayed("probe", lambda: {{"ran": True}}, root=KEEP)
    assert {passes}
"""


def _nested_session(tmp_path: Path, passes: bool) -> list[Path]:
    """Run a pytest session (with this folder's conftest) whose one test writes a replay,
    in a throwaway repository laid out like this one."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "tests").mkdir()
    shutil.copy(TESTS / "conftest.py", tmp_path / "tests/conftest.py")
    shutil.copy(TESTS / "replays.py", tmp_path / "tests/replays.py")
    (tmp_path / "tests/test_nested.py").write_text(NESTED.format(passes=passes))
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_nested.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == (0 if passes else 1), result.stdout[-2000:]
    return sorted((tmp_path / "tests/kept").rglob("*.json"))


def test_a_passing_session_keeps_its_replays(tmp_path):
    assert len(_nested_session(tmp_path, passes=True)) == 1


def test_a_failing_session_keeps_none_of_the_replays_it_wrote(tmp_path):
    assert _nested_session(tmp_path, passes=False) == []
