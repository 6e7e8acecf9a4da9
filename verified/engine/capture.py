"""Run one snippet's code and capture what a reader would see on the terminal.

This runs inside a freshly forked child of a worker (see ``worker.py``), so it
may change any global state it likes: the child exits afterwards. What it
returns is plain JSON-able data.

The captured text holds, in program order, what Python code printed (to
stdout or stderr), each warning in Python's own format, and, if the code
raised, the traceback Python prints at exit. Output written below Python
(C/C++ ``printf`` to file descriptors 1 and 2) goes to a file and is appended
after all of that, not interleaved. Traceback frames are kept only for the
snippet file itself: frames inside torch depend on where torch is installed,
and readers need the line of *their* code that raised.

What a snippet may print is capped at ``OUTPUT_LIMIT`` characters: past it,
the next write raises ``OutputFlood`` inside the snippet, which stops it at
once (an endless printing loop would otherwise grow memory without bound).
"""

from __future__ import annotations

import builtins
import io
import linecache
import os
import random
import re
import sys
import tempfile
import traceback
import warnings

OUTPUT_LIMIT = 1_000_000  # characters a snippet may print (1 MB of ASCII)


class OutputFlood(BaseException):
    """Raised inside a snippet that printed more than ``OUTPUT_LIMIT`` characters."""


class _Terminal(io.StringIO):
    """One stream for stdout and stderr, like a terminal shows them.

    It also remembers which line of the snippet wrote each output line, so a
    mismatch can be reported at the line of code that printed it.
    """

    def __init__(self, filename: str) -> None:
        super().__init__()
        self.filename = filename
        self.origins: list[int | None] = []  # snippet line per completed output line
        self.origin_override: int | None = None
        self._open = False  # the last output line has not ended yet
        self.size = 0
        self.flood_line: int | None = None

    def _caller_line(self) -> int | None:
        if self.origin_override is not None:
            return self.origin_override
        frame = sys._getframe(2)
        while frame is not None:
            if frame.f_code.co_filename == self.filename:
                return frame.f_lineno
            frame = frame.f_back
        return None

    def write(self, text: str) -> int:
        if self.flood_line is not None or self.size + len(text) > OUTPUT_LIMIT:
            if self.flood_line is None:
                self.flood_line = self._caller_line() or 0
            raise OutputFlood(f"more than {OUTPUT_LIMIT:,} characters of output")
        self.size += len(text)
        if text:
            origin = self._caller_line()
            if not self._open:  # this text starts a new output line
                self.origins.append(origin)
            breaks = text.count("\n")
            self.origins.extend([origin] * (breaks - 1 if text.endswith("\n") else breaks))
            self._open = not text.endswith("\n")
        return super().write(text)

    def isatty(self) -> bool:  # snippets should not depend on a tty
        return False


def _format_traceback(exc: BaseException, filename: str) -> tuple[str, int | None]:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == filename]
    lines = ["Traceback (most recent call last):\n"]
    for frame in frames:
        lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n')
        if frame.line:
            lines.append(f"    {frame.line.strip()}\n")
    lines.extend(traceback.format_exception_only(type(exc), exc))
    return "".join(lines), (frames[-1].lineno if frames else None)


_FRAME = re.compile(r'^  File "(?P<file>[^"]+)", line \d+, in ')


def trim_quoted_stack(text: str, filename: str) -> str:
    """Drop the frames above the snippet's own from a stack quoted in a warning.

    Anomaly detection quotes the forward call's stack inside its warning
    ("Traceback of forward call that caused the error"). Run by a worker, that
    stack starts with the engine's own frames (runpy, worker, ``exec``) above
    the snippet's ``<module>`` frame; run as ``python snippet.py`` it starts at
    the snippet. Frames from the snippet's first one on are kept as they are.
    """
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    index = 0
    while index < len(lines):
        if not _FRAME.match(lines[index]):
            out.append(lines[index])
            index += 1
            continue
        frames: list[list[str]] = []  # one block of consecutive frames
        while index < len(lines) and _FRAME.match(lines[index]):
            frame = [lines[index]]
            index += 1
            while index < len(lines) and lines[index].startswith("    "):
                frame.append(lines[index])
                index += 1
            frames.append(frame)
        files = [_FRAME.match(frame[0]).group("file") for frame in frames]
        first = files.index(filename) if filename in files else 0
        for frame in frames[first:]:
            out.extend(frame)
    return "".join(out)


def _class_names(cls: type) -> list[str]:
    return [klass.__name__ for klass in cls.__mro__]


def execute(code: str, filename: str, device: str = "cpu", graphs: tuple[str, ...] = ()) -> dict:
    """Execute ``code`` as if it were ``python <filename>`` and return what happened.

    Figures the code shows with ``plt.show()`` come back as SVG; the tensors
    named in ``graphs`` come back as the DOT source of their autograd graphs.
    """
    os.environ["MPLBACKEND"] = "module://verified.engine.figures"

    # Entropy that a fork would otherwise share with its sibling runs.
    random.seed()
    if "numpy" in sys.modules:
        sys.modules["numpy"].random.seed()

    # Anything written below Python (C/C++ printf) lands in this file.
    c_level = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the child
    os.dup2(c_level.fileno(), 1)
    os.dup2(c_level.fileno(), 2)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)

    terminal = _Terminal(filename)
    sys.stdout = sys.stderr = terminal
    sys.stdin = open(os.devnull)  # noqa: SIM115 - lives as long as the child
    sys.argv = [filename]

    caught_warnings: list[dict] = []

    def show_warning(message, category, wfile, lineno, file=None, line=None):
        message = trim_quoted_stack(str(message), filename)
        caught_warnings.append(
            {
                "category": category.__name__,
                "classes": _class_names(category),
                "message": str(message),
                "filename": wfile,
                "lineno": lineno,
                "snippet_line": terminal._caller_line(),
            }
        )
        terminal.origin_override = lineno if wfile == filename else None
        terminal.write(warnings.formatwarning(message, category, wfile, lineno, line))
        terminal.origin_override = None

    warnings.showwarning = show_warning

    # Let tracebacks and warnings quote the snippet's source lines.
    linecache.cache[filename] = (len(code), None, code.splitlines(True), filename)

    import torch

    torch.seed()  # a fresh interpreter starts from a random seed; so does each run here
    if device != "cpu":
        torch.set_default_device(device)

    exception = None
    module_globals = {"__name__": "__main__", "__file__": filename, "__builtins__": builtins}
    try:
        compiled = compile(code, filename, "exec", dont_inherit=True)
        exec(compiled, module_globals)
    except OutputFlood:
        pass  # reported below, without the output
    except SystemExit as stop:
        if stop.code not in (None, 0):
            exception = {
                "type": "SystemExit",
                "classes": ["SystemExit"],
                "message": str(stop.code),
                "lineno": None,
            }
    except BaseException as error:  # noqa: BLE001 - the snippet's error is data here
        if terminal.flood_line is not None:  # the flood, re-raised as another error
            return _flood(terminal, torch.__version__, device)
        text, lineno = _format_traceback(error, filename)
        if isinstance(error, SyntaxError):
            lineno = error.lineno
        terminal.origin_override = lineno
        terminal.write(text)
        terminal.origin_override = None
        exception = {
            "type": type(error).__name__,
            "classes": _class_names(type(error)),
            "message": str(error),
            "lineno": lineno,
            "traceback": text,
        }
    if device.startswith("cuda"):
        try:  # surface asynchronous device errors inside the run, not after it
            torch.cuda.synchronize()
        except Exception as error:  # noqa: BLE001
            terminal.write(f"{type(error).__name__}: {error}\n")

    if terminal.flood_line is not None:
        return _flood(terminal, torch.__version__, device)

    drawn = []
    if graphs and exception is None:
        from verified.engine.graphs import graph_dot

        for name in graphs:
            try:
                drawn.append({"name": name, "dot": graph_dot(name, module_globals)})
            except Exception as error:  # noqa: BLE001 - reported to the author, not raised
                drawn.append({"name": name, "error": str(error)})
    figures = (
        list(sys.modules["verified.engine.figures"].SHOWN)
        if ("verified.engine.figures" in sys.modules)
        else []
    )

    sys.stdout.flush()
    c_level.flush()
    c_level.seek(0)
    c_output = c_level.read(OUTPUT_LIMIT + 1).decode("utf-8", errors="replace")
    if len(c_output) > OUTPUT_LIMIT:
        return {"flood": {"limit": OUTPUT_LIMIT, "line": None, "where": "C/C++ code"}}

    return {
        "output": terminal.getvalue(),
        "origins": terminal.origins,
        "figures": figures,
        "graphs": drawn,
        "c_output": c_output,
        "exception": exception,
        "warnings": caught_warnings,
        "torch_version": torch.__version__,
        "device": device,
    }


def _flood(terminal: _Terminal, torch_version: str, device: str) -> dict:
    return {
        "flood": {"limit": OUTPUT_LIMIT, "line": terminal.flood_line or None, "where": "print"},
        "torch_version": torch_version,
        "device": device,
    }
