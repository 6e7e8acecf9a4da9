"""Autograd graph diagrams: the graph of a snippet's tensors as DOT, then as SVG.

Two halves of one job. ``graph_dot`` runs inside the snippet's child process:
a snippet names the tensors to draw in its header (``# graph: out``). After the
snippet ran, the child walks each one's ``grad_fn`` through ``next_functions``
and writes DOT: one box per backward node, the leaves (``AccumulateGrad``)
labelled with the snippet's own variable names and shapes. It reads nothing
but names and links, so it also works after ``backward()`` freed the saved
tensors (torchviz touches them and fails on custom Functions there). Nodes
are numbered in walking order, so the same graph always gives the same text.

``dot_to_svg`` runs in the build: Debian's Graphviz ``dot`` turns the DOT into
SVG, cached by the DOT text and the Graphviz version. A missing Graphviz stops
the build with a message saying how to install it: a diagram is never
silently left out or drawn blank.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from collections import deque
from pathlib import Path


class GraphvizMissing(RuntimeError):
    pass


INSTALL_HINT = (
    "the build draws autograd graphs with Graphviz's `dot`, which is not installed: "
    "run `sudo apt-get install graphviz` (Debian/Ubuntu; `make docs` does it where it can), "
    "or remove the `# graph:` directives"
)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _shape(tensor) -> str:
    return "(" + ", ".join(map(str, tensor.shape)) + ")"


def graph_dot(name: str, namespace: dict) -> str:
    import torch

    value = namespace.get(name)
    if not isinstance(value, torch.Tensor):
        raise ValueError(f"`# graph: {name}` names no tensor the snippet defines")
    if value.grad_fn is None:
        raise ValueError(f"`# graph: {name}` names a tensor with no grad_fn (nothing to draw)")
    names = {
        id(tensor): key
        for key, tensor in namespace.items()
        if isinstance(tensor, torch.Tensor) and not key.startswith("_")
    }
    lines = [
        "digraph {",
        '  graph [rankdir=BT bgcolor=transparent fontname="DejaVu Sans Mono"]',
        '  node [shape=box style="rounded,filled" fontname="DejaVu Sans Mono" fontsize=11 '
        'fillcolor="#eef0f4" color="#555555"]',
        '  edge [color="#555555"]',
        f'  out [label={_quote(f"{name} {_shape(value)}")} fillcolor="#c8e6c9"]',
    ]
    ids: dict[int, str] = {}
    queue = deque([value.grad_fn])
    ids[id(value.grad_fn)] = "n1"
    lines.append("  n1 -> out")
    while queue:
        node = queue.popleft()
        node_id = ids[id(node)]
        variable = getattr(node, "variable", None)
        if variable is not None:  # AccumulateGrad: the leaf it writes .grad into
            label = f"{names.get(id(variable), 'leaf')} {_shape(variable)}"
            lines.append(f'  {node_id} [label={_quote(label)} fillcolor="#bbdefb"]')
        else:
            lines.append(f"  {node_id} [label={_quote(node.name().split('::')[-1])}]")
        for parent, _ in node.next_functions:
            if parent is None:
                continue
            if id(parent) not in ids:
                ids[id(parent)] = f"n{len(ids) + 1}"
                queue.append(parent)
            lines.append(f"  {ids[id(parent)]} -> {node_id}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def dot_to_svg(dot: str, cache_dir: Path) -> str:
    executable = shutil.which("dot")
    if executable is None:
        raise GraphvizMissing(INSTALL_HINT)
    from verified.engine.cache import graphviz_version

    key = hashlib.sha256(f"{graphviz_version()}\n{dot}".encode()).hexdigest()
    cached = cache_dir / f"{key}.svg"
    if cached.exists():
        return cached.read_text(encoding="utf-8")
    result = subprocess.run(
        [executable, "-Tsvg"], input=dot, capture_output=True, text=True, timeout=60
    )
    if result.returncode != 0 or "<svg" not in result.stdout:
        raise RuntimeError(f"Graphviz could not draw the graph: {result.stderr.strip()}")
    cache_dir.mkdir(parents=True, exist_ok=True)
    cached.write_text(result.stdout, encoding="utf-8")
    return result.stdout
