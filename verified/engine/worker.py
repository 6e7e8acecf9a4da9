"""A fork server: import torch once, then run each snippet in a fresh fork.

Started by ``pool.py`` as ``python -m verified.engine.worker``. It speaks JSON
lines: one request on stdin, one result on the protocol channel (the original
stdout). Each request runs in a child forked from this process, so

* no snippet pays for ``import torch`` (the fork already has it), and
* no snippet sees global state left by another one (grad mode, default dtype
  or device, print options, seeds, warning registries): the child exits.

Each child runs in a scratch working directory of its own, removed after the
run, so a snippet that writes ``notes.txt`` or saves a model leaves nothing in
the checkout; files it writes are capped at ``FILE_LIMIT`` bytes. A child that
outlives its timeout is asked for a stack dump (faulthandler on SIGUSR1, which
works even inside C code), killed, and the dump becomes the problem's detail.
"""

from __future__ import annotations

import faulthandler
import json
import os
import re
import resource
import select
import shutil
import signal
import sys
import tempfile
import time
import traceback

HANG_GRACE_S = 0.5
FILE_LIMIT = 64 * 2**20  # bytes any one file written by a snippet may reach


def _read_all(fd: int, deadline: float) -> tuple[bytes, bool]:
    """Read ``fd`` to EOF; returns (data, timed_out)."""
    chunks: list[bytes] = []
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return b"".join(chunks), True
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            continue
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            return b"".join(chunks), False
        chunks.append(chunk)


def _hang_line(dump: str, filename: str) -> int | None:
    """The innermost line of the snippet file in a faulthandler dump."""
    lines = re.findall(rf'File "{re.escape(filename)}", line (\d+)', dump)
    # faulthandler prints the innermost frame first.
    return int(lines[0]) if lines else None


def run_forked(request: dict) -> dict:
    from verified.engine import capture

    filename = request["filename"]
    timeout = float(request.get("timeout", 60))
    read_end, write_end = os.pipe()
    dump_file = tempfile.TemporaryFile()  # noqa: SIM115 - shared with the child
    scratch = tempfile.mkdtemp(prefix="verified-run-")
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read_end)
        status = 0
        try:
            os.chdir(scratch)
            # A write past the limit fails (EFBIG) instead of filling the disk.
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_LIMIT, FILE_LIMIT))
            faulthandler.register(signal.SIGUSR1, file=dump_file, all_threads=True)
            result = capture.execute(
                request["code"],
                filename,
                request.get("device", "cpu"),
                tuple(request.get("graphs", ())),
            )
        except BaseException:  # noqa: BLE001 - report the engine's own failure
            result = {"internal_error": traceback.format_exc()}
            status = 1
        payload = json.dumps(result).encode("utf-8")
        view = memoryview(payload)
        while view:
            written = os.write(write_end, view)
            view = view[written:]
        os.close(write_end)
        os._exit(status)

    os.close(write_end)
    try:
        return _collect(pid, read_end, dump_file, started + timeout, timeout, filename)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _collect(pid, read_end, dump_file, deadline, timeout, filename) -> dict:
    data, timed_out = _read_all(read_end, deadline)
    if timed_out:
        dump = ""
        try:
            os.kill(pid, signal.SIGUSR1)
            time.sleep(HANG_GRACE_S)
            dump_file.seek(0)
            dump = dump_file.read().decode("utf-8", errors="replace")
        finally:
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read_end)
        return {"timeout": timeout, "hang_line": _hang_line(dump, filename), "hang_dump": dump}
    os.close(read_end)
    _, status = os.waitpid(pid, 0)
    if not data:
        if os.WIFSIGNALED(status):
            reason = f"killed by signal {signal.Signals(os.WTERMSIG(status)).name}"
        else:
            reason = f"exit status {os.WEXITSTATUS(status)}"
        return {"crashed": reason}
    return json.loads(data)


def warm_up() -> None:
    """Load what autograd imports lazily on first use, so that no fork pays for it again.

    A first ``backward(gradient)`` alone imports ~500 modules (0.3 s); a first
    optimizer step nearly a second more. The work here is tiny (no intra-op threads start), changes no
    global setting, and emits no warning that a snippet could then miss:
    ``tests/test_standalone.py`` compares every snippet with a fresh interpreter.
    """
    import warnings

    import torch

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import torch.autograd.functional
        import torch.optim

        x = torch.ones(2, 2, requires_grad=True)
        (x * 3).backward(torch.ones(2, 2))
        (gradient,) = torch.autograd.grad((x**3).sum(), x, create_graph=True)
        gradient.sum().backward()
        torch.autograd.functional.jacobian(lambda t: t * 2, torch.ones(2))
        torch.autograd.gradcheck(
            lambda t: t * 2, torch.ones(2, dtype=torch.float64, requires_grad=True)
        )
        weight = torch.nn.Parameter(torch.ones(2))
        optimizer = torch.optim.SGD([weight], lr=0.1)
        (weight * 2).sum().backward()
        optimizer.step()
        optimizer.zero_grad()
        repr(x)
        repr(torch.ones(2, dtype=torch.float64))


def main() -> None:
    # Keep the protocol channel private: anything else printing to fd 1 in this
    # process would corrupt it, so fd 1 now points at stderr.
    channel = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr

    import torch  # the import every fork inherits

    warm_up()
    channel.write(json.dumps({"ready": True, "torch_version": torch.__version__}) + "\n")
    channel.flush()
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        try:
            result = run_forked(request)
        except BaseException:  # noqa: BLE001
            result = {"internal_error": traceback.format_exc()}
        channel.write(json.dumps(result) + "\n")
        channel.flush()


if __name__ == "__main__":
    main()
