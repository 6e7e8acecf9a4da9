"""Contract 2: ``python snippets/<chapter>/<name>.py`` alone prints what the page shows.

Each snippet runs here in a real, fresh interpreter, as a reader would run it
from the repository root. Its output (stdout and stderr through one pipe, as a
terminal interleaves them) must equal the committed expected output, once the
traceback is trimmed the way the engine trims it (only the snippet's own
frames, no caret lines) and paths are made relative to the repository root.
"""

import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from verified.engine.expected import compare
from verified.engine.normalise import normalise
from verified.engine.snippet import discover

ROOT = Path(__file__).resolve().parents[1]
SNIPPETS = discover(ROOT)
FRAME_RE = re.compile(r'^  File "(?P<file>[^"]+)", line \d+, in .+$')
CARETS_RE = re.compile(r"^\s+[\^~]+\s*$")


def trim_traceback(text: str, filename: str) -> str:
    """Keep a real traceback's frames in ``filename`` only, without caret lines."""
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    index = 0
    in_traceback = False
    while index < len(lines):
        line = lines[index]
        if line.startswith("Traceback (most recent call last):"):
            in_traceback = True
            out.append(line)
        elif in_traceback and (match := FRAME_RE.match(line.rstrip("\n"))):
            keep = match.group("file") == filename
            frame = [line]
            while index + 1 < len(lines) and lines[index + 1].startswith("    "):
                index += 1
                if not CARETS_RE.match(lines[index]):
                    frame.append(lines[index])
            if keep:
                out.extend(frame)
        else:
            in_traceback = in_traceback and line.startswith(" ")
            out.append(line)
        index += 1
    return "".join(out)


def run_alone(path: str) -> str:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("PYTHONWARNINGS", None)
    result = subprocess.run(
        [sys.executable, path],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=120,
    )
    # Python shows the script's absolute path; pages show it relative to the repository.
    relative = result.stdout.replace(f"{ROOT}{os.sep}", "")
    return normalise(trim_traceback(relative, path))


@pytest.fixture(scope="module")
def standalone_outputs():
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as executor:
        paths = [s.display_path for s in SNIPPETS]
        return dict(zip(paths, executor.map(run_alone, paths), strict=True))


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s.name for s in SNIPPETS])
def test_snippet_runs_alone_and_prints_what_the_page_shows(snippet, standalone_outputs):
    expected = snippet.expected_path().read_text(encoding="utf-8")
    actual = standalone_outputs[snippet.display_path]
    mismatch = compare(expected, actual, "expected", f"python {snippet.display_path}")
    assert mismatch is None, mismatch.diff


def test_trim_traceback_keeps_only_the_snippet_frames():
    real = (
        "before\n"
        "Traceback (most recent call last):\n"
        '  File "snippets/a/b.py", line 4, in <module>\n'
        "    y.backward()\n"
        "    ^^^^^^^^^^^^\n"
        '  File "/venv/site-packages/torch/_tensor.py", line 630, in backward\n'
        "    torch.autograd.backward(\n"
        "RuntimeError: boom\n"
    )
    assert trim_traceback(real, "snippets/a/b.py") == (
        "before\n"
        "Traceback (most recent call last):\n"
        '  File "snippets/a/b.py", line 4, in <module>\n'
        "    y.backward()\n"
        "RuntimeError: boom\n"
    )
