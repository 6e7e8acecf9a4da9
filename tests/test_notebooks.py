"""The chapter notebooks: built from the page model and the verified runs, and they run top to bottom.

The notebooks are built here by the same engine call the build makes
(``verify_site`` + ``build_notebooks``; no MkDocs). Each is executed with
nbclient in one kernel, as a reader would run it, in a scratch directory:

* a cell not tagged ``raises-exception`` must not raise;
* a tagged cell must raise again, with the same exception type and message;
* every cell that printed text must print the same text again (warnings
  aside: IPython shows them with its own file names), so a snippet that leaked
  state into later cells would show.

Executions are cached (``.cache/verified/notebooks``) by the notebook's bytes.
"""

from __future__ import annotations

import json
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from verified.engine.cache import RunCache
from verified.engine.expected import split_output
from verified.engine.pool import shared_pool
from verified.engine.site import verify_site
from verified.frontends.notebooks import RESET_CODE, build_notebooks

ROOT = Path(__file__).resolve().parents[1]
JUDGE = Path(__file__).read_text(encoding="utf-8")

nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed here")
nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed here")


@pytest.fixture(scope="module")
def site():
    result = verify_site(ROOT, shared_pool())
    assert not result.problems, [p.format() for p in result.problems]
    return result


@pytest.fixture(scope="module")
def notebooks(site):
    return {uri: json.loads(text) for uri, (_, text) in build_notebooks(site).items()}


def test_one_notebook_per_english_page_with_snippets(site, notebooks):
    chapters = sorted(
        page.uri for page in site.site.pages if page.snippet_fences and ".zh." not in page.uri
    )
    assert sorted(notebooks) == chapters


def test_cells_follow_the_page_and_carry_the_verified_outputs(site, notebooks):
    for page in site.site.pages:
        if page.uri not in notebooks:
            continue
        code = [c for c in notebooks[page.uri]["cells"] if c["cell_type"] == "code"]
        assert code[0]["source"] == RESET_CODE.rstrip("\n")
        cells = iter(code[1:])
        for fence in page.snippet_fences:
            cell = next(cells)
            if fence.solution:  # an empty cell for the reader, then the solution
                assert cell["outputs"] == [] and cell["source"].startswith("#")
                cell = next(cells)
            shown = site.shown[fence.snippet]
            assert cell["source"] == shown.code.rstrip("\n")
            assert "# raises:" not in cell["source"] and "# warns:" not in cell["source"]
            parts = split_output(shown.outputs["cpu"])
            printed = "".join(
                "".join(o["text"]) for o in cell["outputs"] if o["output_type"] == "stream"
            )
            assert printed == parts.printed, fence.snippet
            raises = bool(parts.traceback)
            assert ("raises-exception" in cell["metadata"].get("tags", [])) == raises
        assert next(cells, None) is None, f"{page.uri}: more code cells than snippets"


def _stored_error(cell) -> tuple[str, str] | None:
    """The error a cell shows: its type, and the first line of its message (the
    stored output keeps only that line of a multi-line message)."""
    error = next((o for o in cell.outputs if o.output_type == "error"), None)
    return (error.ename, error.evalue.split("\n", 1)[0]) if error else None


def _execute(path: Path) -> list[str]:
    original = nbformat.read(path, as_version=4)
    notebook = nbformat.read(path, as_version=4)
    with tempfile.TemporaryDirectory(prefix="notebook-") as scratch:
        client = nbclient.NotebookClient(
            notebook, kernel_name="python3", timeout=120, resources={"metadata": {"path": scratch}}
        )
        try:
            client.execute()
        except nbclient.exceptions.CellExecutionError as error:
            return [f"untagged error: {str(error)[-1500:]}"]
    problems = []
    for before, after in zip(original.cells, notebook.cells, strict=True):
        if before.cell_type != "code":
            continue
        stored, ran = _stored_error(before), _stored_error(after)
        if stored != ran:
            problems.append(
                f"cell raised {ran} in the kernel, but its verified output has {stored}:\n"
                f"{before.source[:200]}"
            )
            continue
        text = "".join(o.text for o in before.outputs if o.output_type == "stream")
        if "Warning" in text:  # IPython shows warnings with its own file names
            continue
        printed = "".join(
            o.text for o in after.outputs if o.output_type == "stream" and o.name == "stdout"
        )
        if printed != text:
            problems.append(
                f"cell printed something else when run in one kernel:\n{before.source[:200]}"
                f"\n--- stored\n{text}--- ran\n{printed}"
            )
    return problems


def test_every_notebook_runs_top_to_bottom_and_prints_the_same(notebooks, tmp_path):
    cache = RunCache(ROOT, "notebooks")
    pending = {}
    problems = []
    for uri, notebook in notebooks.items():
        text = json.dumps(notebook, sort_keys=True)
        key = cache.key(text + JUDGE)  # the notebook, and how this file judges its run
        hit = cache.get(key)
        if hit is None:
            path = tmp_path / uri.replace(".md", ".ipynb")
            path.write_text(text)
            pending[uri] = (path, key)
        else:
            problems += hit["problems"]
    with ThreadPoolExecutor(max_workers=2) as executor:
        ran = executor.map(_execute, [path for path, _ in pending.values()])
        for (uri, (_, key)), found in zip(pending.items(), ran, strict=True):
            found = [f"notebooks/{uri.replace('.md', '.ipynb')}: {p}" for p in found]
            cache.put(key, {"problems": found})
            problems += found
    cache.evict_unused()
    assert not problems, "\n\n".join(problems)


def test_a_raising_cell_that_stops_raising_is_caught(tmp_path):
    """The check above cannot pass a `raises-exception` cell that no longer raises."""
    notebook = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("print('fixed now')", metadata={"tags": ["raises-exception"]})
    cell.outputs = [nbformat.v4.new_output("error", ename="RuntimeError", evalue="boom")]
    notebook.cells = [cell]
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    path = tmp_path / "stale.ipynb"
    nbformat.write(notebook, path)
    [problem] = _execute(path)
    assert (
        "cell raised None in the kernel, but its verified output has ('RuntimeError', 'boom')"
        in problem
    )
