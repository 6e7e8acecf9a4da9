"""Contract 2: ``python snippets/<chapter>/<name>.py`` alone prints what the page shows.

Each snippet runs here in a real, fresh interpreter, as a reader would run it,
in a scratch working directory (so nothing it writes lands in the checkout),
all cores at once. Its output (stdout and stderr through one pipe, as a
terminal interleaves them) must equal the committed expected output, once the
traceback is trimmed the way the engine trims it (only the snippet's own
frames, no caret lines) and paths are made relative to the repository root. A run's raw output is
cached (``.cache/verified/standalone``, keyed like every run), so only a
changed snippet runs again.
"""

import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from verified.engine.cache import RunCache
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
    """``python <path>`` in a fresh interpreter and a scratch directory; what it printed."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("PYTHONWARNINGS", None)
    with tempfile.TemporaryDirectory(prefix="standalone-") as scratch:
        result = subprocess.run(
            [sys.executable, str(ROOT / path)],
            cwd=scratch,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=120,
        )
    # Python shows the script's absolute path; pages show it relative to the repository.
    return result.stdout.replace(f"{ROOT}{os.sep}", "")


@pytest.fixture(scope="module")
def standalone_outputs():
    cache = RunCache(ROOT, "standalone")
    raw = {}
    to_run = []
    for snippet in SNIPPETS:
        hit = cache.get(cache.key(snippet.read()))
        if hit is None:
            to_run.append(snippet)
        else:
            raw[snippet.display_path] = hit["output"]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as executor:
        paths = [s.display_path for s in to_run]
        for snippet, output in zip(to_run, executor.map(run_alone, paths), strict=True):
            raw[snippet.display_path] = output
            cache.put(cache.key(snippet.read()), {"output": output})
    cache.evict_unused()
    return {path: normalise(trim_traceback(text, path)) for path, text in raw.items()}


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
