"""One Jupyter notebook per chapter, built from the page and the verified runs.

The page's prose becomes Markdown cells and each included snippet a code cell,
in page order. Outputs are the verified ones (no second, unverified
execution): printed text as a stream, an expected error as an error output
(and the cell tagged ``raises-exception``), figures as SVG. MkDocs-only syntax
is rewritten for Jupyter: admonitions become block quotes, heading ids and
attribute lists are dropped, links to other pages point at the site.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from verified.engine.expected import split_output
from verified.engine.pages import INCLUDE_RE, REFERENCE_RE, parse_fences

NBFORMAT = 4
NBFORMAT_MINOR = 5


@dataclass
class Cell:
    """A snippet as a code cell: its code, verified output text and figures."""

    source: str
    text: str
    figures: list[str]


def _markdown(text: str) -> dict:
    return {"cell_type": "markdown", "metadata": {}, "source": text.strip("\n") + "\n"}


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def _code(source: str, shown: Cell, count: int) -> dict:
    parts = split_output(shown.text)
    outputs: list[dict] = []
    if parts.printed:
        outputs.append({"output_type": "stream", "name": "stdout", "text": _lines(parts.printed)})
    for svg in shown.figures:
        outputs.append(
            {
                "output_type": "display_data",
                "data": {"image/svg+xml": _lines(svg), "text/plain": ["<Figure>"]},
                "metadata": {},
            }
        )
    metadata: dict = {}
    if parts.traceback:
        exception = parts.exception.splitlines()[0] if parts.exception else ""
        ename, _, evalue = exception.partition(": ")
        outputs.append(
            {
                "output_type": "error",
                "ename": ename.rsplit(".", 1)[-1],
                "evalue": evalue,
                "traceback": parts.traceback.rstrip("\n").splitlines(),
            }
        )
        metadata["tags"] = ["raises-exception"]
    return {
        "cell_type": "code",
        "execution_count": count,
        "metadata": metadata,
        "outputs": outputs,
        "source": source.rstrip("\n"),
    }


def _jupyter_markdown(lines: list[str], link: callable) -> str:
    """MkDocs Markdown to plain Markdown: admonitions, attribute lists, site links."""
    out: list[str] = []
    in_admonition = False
    for line in lines:
        line = re.sub(r"\s*\{\s*[#.:][^}]*\}\s*$", "", line)  # heading ids, attr lists
        line = re.sub(
            r"\]\(([^)\s]+?\.md)(#[^)\s]*)?\)",
            lambda m: f"]({link(m.group(1), m.group(2))})",
            line,
        )
        admonition = re.match(r'^(!!!|\?\?\?\+?)\s+(\w+)(?:\s+"(.*)")?\s*$', line)
        if admonition:
            title = admonition.group(3) or admonition.group(2).capitalize()
            out.extend([f"> **{title}**", ">"])
            in_admonition = True
            continue
        if in_admonition:
            if line.startswith("    "):
                out.append("> " + line[4:])
                continue
            if not line.strip():
                out.append("")
                in_admonition = False
                continue
            in_admonition = False
        out.append(line)
    return "\n".join(out)


def chapter_notebook(
    markdown: str,
    outputs: dict[str, Cell],
    link: callable,
    header: str,
) -> dict:
    """The notebook of one chapter page.

    ``outputs`` maps snippet names to what their cells show, ``link(page, anchor)``
    maps a page link (``backward.md``) to its URL as seen from the notebook, and
    ``header`` is Markdown put first (where it comes from, how to run it).
    """
    fences, _ = parse_fences(markdown, "")
    by_line = {fence.line: fence for fence in fences}
    lines = markdown.splitlines()
    cells: list[dict] = [_markdown(header)]
    prose: list[str] = []
    count = 0
    index = 0

    def flush() -> None:
        text = _jupyter_markdown(prose, link).strip("\n")
        if text.strip():
            cells.append(_markdown(text))
        prose.clear()

    while index < len(lines):
        fence = by_line.get(index + 1)
        if fence is None:
            reference = REFERENCE_RE.match(lines[index].strip())
            if reference and reference.group("target") in outputs:
                text = outputs[reference.group("target")].text
                if reference.group("what") == "error":
                    parts = split_output(text)
                    text = "\n".join([*parts.warnings, *filter(None, [parts.exception])]) + "\n"
                prose.extend(["```text", *text.rstrip("\n").splitlines(), "```"])
            else:
                prose.append(lines[index])
            index += 1
            continue
        end = index + len(fence.content) + 2
        includes = [m for text in fence.content if (m := INCLUDE_RE.match(text))]
        name = includes[0].group("target") if len(includes) == 1 else None
        if fence.is_python and name in outputs:
            flush()
            count += 1
            cells.append(_code(outputs[name].source, outputs[name], count))
        else:
            prose.extend(lines[index:end])
        index = end
    flush()
    for number, cell in enumerate(cells, start=1):
        cell["id"] = f"cell-{number}"
    return {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python", "pygments_lexer": "ipython3"},
        },
        "nbformat": NBFORMAT,
        "nbformat_minor": NBFORMAT_MINOR,
    }


def dumps(notebook: dict) -> str:
    return json.dumps(notebook, indent=1, ensure_ascii=False) + "\n"
