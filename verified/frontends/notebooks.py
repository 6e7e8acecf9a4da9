"""One Jupyter notebook per chapter, built from the page model and the verified runs.

The page's prose becomes Markdown cells and each snippet fence a code cell, in
page order: the same ``Page`` the site renders, so the notebook matches the
page by construction. Outputs are the verified ones (no second, unverified
execution): printed text as a stream, an expected error as an error output
(and the cell tagged ``raises-exception``), figures as SVG. An exercise's
solution gets an empty cell for the reader before it. A first code cell makes
every later cell start from torch's defaults, as every snippet does on the
site. MkDocs-only syntax is rewritten for Jupyter: admonitions become block
quotes, heading ids and attribute lists are dropped, links to other pages
point at the site.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from verified.engine.expected import split_output
from verified.engine.page_model import SOLUTION_RE, Fence, Page, Prose
from verified.engine.site import Shown, SiteResult
from verified.frontends.labels import label, page_language

NBFORMAT = 4
NBFORMAT_MINOR = 5
RESET_CODE = """\
import torch


def start_from_torch_defaults(*_):
    torch.set_printoptions(profile="default")
    torch.set_default_dtype(torch.float32)
    torch.set_default_device(None)
    torch.set_grad_enabled(True)
    torch.autograd.set_detect_anomaly(False)
    torch.set_warn_always(False)


get_ipython().events.register("pre_run_cell", start_from_torch_defaults)
"""


def _markdown(text: str) -> dict:
    return {"cell_type": "markdown", "metadata": {}, "source": text.strip("\n") + "\n"}


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def _code(shown: Shown, count: int) -> dict:
    parts = split_output(shown.outputs.get("cpu", ""))
    outputs: list[dict] = []
    if parts.printed:
        outputs.append({"output_type": "stream", "name": "stdout", "text": _lines(parts.printed)})
    for artefact in shown.artefacts:
        if artefact.kind != "figure":
            continue
        svg = artefact.data.decode("utf-8")
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
        "source": shown.code.rstrip("\n"),
    }


def _plain_code(source: str, count: int | None = None) -> dict:
    return {
        "cell_type": "code",
        "execution_count": count,
        "metadata": {},
        "outputs": [],
        "source": source.rstrip("\n"),
    }


def _jupyter_markdown(lines: list[str], link: Callable) -> str:
    """MkDocs Markdown to plain Markdown: admonitions, attribute lists, site links."""
    out: list[str] = []
    in_admonition = False
    for line in lines:
        explicit = re.match(r"^(#{1,6} .*?)\s*\{\s*#([^}\s]+)[^}]*\}\s*$", line)
        if explicit:  # keep the page's anchor, which links on the page point at
            out.extend([f'<a id="{explicit.group(2)}"></a>', ""])
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


def _quoted(text: str, what: str) -> list[str]:
    if what == "error":
        parts = split_output(text)
        text = "\n".join([*parts.warnings, *filter(None, [parts.exception])]) + "\n"
    return ["```text", *text.rstrip("\n").splitlines(), "```"]


def chapter_notebook(page: Page, shown: dict[str, Shown], link: Callable, header: str) -> dict:
    """The notebook of one chapter page.

    ``shown`` maps snippet names to what their cells show, ``link(page, anchor)``
    maps a page link (``backward.md``) to its URL as seen from the notebook, and
    ``header`` is Markdown put first (where it comes from, how to run it).
    """
    lang = page_language(page.uri)
    cells: list[dict] = [_markdown(header), _markdown(label(lang, "reset_cell"))]
    cells.append(_plain_code(RESET_CODE, 1))
    prose: list[str] = []
    count = 1

    def flush() -> None:
        text = _jupyter_markdown(prose, link).strip("\n")
        if text.strip():
            cells.append(_markdown(text))
        prose.clear()

    title_skipped = False
    for block in page.blocks:
        if isinstance(block, Prose):
            quotes = {quote.line: quote for quote in block.quotes}
            for number, text in enumerate(block.lines, start=block.start):
                if not title_skipped and text.startswith("# "):
                    title_skipped = True  # the title is in the header
                    continue
                quote = quotes.get(number)
                if quote and quote.target in shown:
                    prose.extend(_quoted(shown[quote.target].outputs.get("cpu", ""), quote.what))
                elif not SOLUTION_RE.match(text.strip()):
                    prose.append(text)
            continue
        fence: Fence = block
        if fence.snippet in shown:
            flush()
            if fence.solution:
                cells.append(_plain_code(label(lang, "exercise_cell"), None))
                cells.append(_markdown(f"**{label(lang, 'solution')}**"))
            count += 1
            cells.append(_code(shown[fence.snippet], count))
        else:
            closing = fence.marker if fence.end - fence.start > len(fence.content) else ""
            prose.extend([f"{fence.indent}{fence.marker}{fence.info}", *fence.content])
            if closing:
                prose.append(f"{fence.indent}{closing}")
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


def build_notebooks(result: SiteResult) -> dict[str, tuple[str, str]]:
    """Every chapter's notebook: English page uri -> (notebook uri under docs/, JSON text)."""
    built = {}
    for page in result.site.pages:
        if page_language(page.uri) != "en" or not page.snippet_fences:
            continue
        slug = page.uri[: -len(".md")]

        def link(target: str, anchor: str | None) -> str:
            stem = target[: -len(".md")]
            url = "../../" if stem == "index" else f"../../{stem}/"
            return url + (anchor or "")

        header = label(
            "en", "notebook_header", title=page.title, slug=slug, torch=result.torch_label
        )
        notebook = chapter_notebook(page, result.shown, link, header)
        built[page.uri] = (f"notebooks/{slug}.ipynb", dumps(notebook))
    return built


def write_notebooks(result: SiteResult) -> dict[str, str]:
    """Write them into docs/notebooks/ (git-ignored), where MkDocs collects them; returns
    English page uri -> notebook uri. Unchanged files are not rewritten."""
    written = {}
    for page_uri, (uri, text) in build_notebooks(result).items():
        target = Path(result.root) / "docs" / uri
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
        written[page_uri] = uri
    return written


def dumps(notebook: dict) -> str:
    return json.dumps(notebook, indent=1, ensure_ascii=False) + "\n"
