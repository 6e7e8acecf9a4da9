"""The chapter notebooks: built from the verified runs, and they run top to bottom.

The build writes one notebook per chapter into docs/notebooks/ (git-ignored).
Each is executed here with nbclient in one kernel, as a reader would run it:
any error in a cell not tagged ``raises-exception`` fails, and every cell that
printed plain text must print the same text again (a snippet that leaked state
into later cells would show here).
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from verified.engine.expected import split_output
from verified.engine.pages import scan_site

ROOT = Path(__file__).resolve().parents[1]

pytest.importorskip("mkdocs", reason="the doc stack is not installed here")
nbclient = pytest.importorskip("nbclient", reason="nbclient is not installed here")
nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed here")


@pytest.fixture(scope="module")
def notebooks(tmp_path_factory, snippet_pool):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    site = tmp_path_factory.mktemp("site")
    build(load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site)))
    found = sorted((ROOT / "docs/notebooks").glob("*.ipynb"))
    return {path.stem: path for path in found}, site


def _chapters_with_snippets():
    return sorted(
        scan.page[len("docs/") : -len(".md")]
        for scan in scan_site(ROOT).pages
        if scan.snippet_fences and not scan.page.endswith(".zh.md")
    )


def test_one_notebook_per_chapter_with_snippets(notebooks):
    found, site = notebooks
    assert sorted(found) == _chapters_with_snippets()
    for slug in found:  # rendered as a page, with the .ipynb beside it for download
        assert (site / "notebooks" / slug / "index.html").exists()
        assert (site / "notebooks" / slug / f"{slug}.ipynb").exists()


def test_cells_follow_the_page_and_carry_the_verified_outputs(notebooks):
    found, _ = notebooks
    for scan in scan_site(ROOT).pages:
        slug = scan.page[len("docs/") : -len(".md")]
        if slug not in found:
            continue
        notebook = json.loads(found[slug].read_text())
        code = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]
        names = [include.path for _, include in scan.snippet_fences]
        assert len(code) == len(names), slug
        for cell, name in zip(code, names, strict=True):
            snippet = ROOT / "snippets" / name
            assert cell["source"] == snippet.read_text().rstrip("\n")
            expected = snippet.with_suffix(".out").read_text()
            parts = split_output(expected)
            printed = "".join(
                "".join(o["text"]) for o in cell["outputs"] if o["output_type"] == "stream"
            )
            assert printed == parts.printed, name
            raises = bool(parts.traceback)
            assert ("raises-exception" in cell["metadata"].get("tags", [])) == raises, name


def _execute(path: Path) -> tuple[str, list[str]]:
    original = nbformat.read(path, as_version=4)
    notebook = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        notebook, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(ROOT)}}
    )
    try:
        client.execute()
    except nbclient.exceptions.CellExecutionError as error:
        return path.stem, [f"untagged error: {str(error)[-1500:]}"]
    problems = []
    for before, after in zip(original.cells, notebook.cells, strict=True):
        if before.cell_type != "code":
            continue
        stored = [o for o in before.outputs if o.output_type != "display_data"]
        if any(o.output_type == "error" for o in stored):
            continue
        text = "".join(o.text for o in stored if o.output_type == "stream")
        if "Warning" in text:  # IPython shows warnings with its own file names
            continue
        ran = "".join(
            o.text for o in after.outputs if o.output_type == "stream" and o.name == "stdout"
        )
        if ran != text:
            problems.append(
                f"cell printed something else when run in one kernel:\n{before.source[:200]}\n--- stored\n{text}--- ran\n{ran}"
            )
    return path.stem, problems


def test_every_notebook_runs_top_to_bottom_and_prints_the_same(notebooks):
    found, _ = notebooks
    with ThreadPoolExecutor(max_workers=2) as executor:
        results = list(executor.map(_execute, found.values()))
    problems = [f"notebooks/{slug}.ipynb: {p}" for slug, issues in results for p in issues]
    assert not problems, "\n\n".join(problems)
