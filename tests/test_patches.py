"""Each workaround in verified/frontends/patches.py is still needed by the pinned upstream.

A small site is built with the same upstream plugins as ours but without the
``verified`` plugin, so its pages are exactly what upstream writes. For each
patch, a test asserts that the problem it fixes is there, and that the patch
fixes it. When an upgrade of the upstream package fixes the problem, the first
assertion fails: delete the patch (``patches.UPSTREAM`` names the version).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from verified.frontends import patches

pytest.importorskip("mkdocs_jupyter", reason="the doc stack is not installed here")

CONFIG = """\
site_name: upstream
site_url: https://example.invalid/project/
theme:
  name: material
  font: false
plugins:
  - i18n:
      docs_structure: suffix
      reconfigure_material: true
      languages:
        - locale: en
          name: English
          default: true
          build: true
        - locale: zh
          name: 中文
          build: true
  - mkdocs-jupyter:
      include: ["*.ipynb"]
      execute: false
      include_source: true
      cache_dir: {cache}
"""


def _notebook() -> str:
    cells = [
        {
            "cell_type": "markdown",
            "metadata": {},
            "source": "# Notebook\n\n## Without `create_graph`\n\nMaths $x^2$ here.\n",
        },
        {
            "cell_type": "code",
            "metadata": {},
            "execution_count": 1,
            "outputs": [],
            "source": "print(1)",
        },
    ]
    return json.dumps(
        {
            "cells": cells,
            "metadata": {
                "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
            },
            "nbformat": 4,
            "nbformat_minor": 5,
        }
    )


@pytest.fixture(scope="module")
def upstream_site(tmp_path_factory) -> Path:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    root = tmp_path_factory.mktemp("upstream")
    (root / "docs").mkdir()
    (root / "mkdocs.yml").write_text(CONFIG.format(cache=root / "nb-cache"))
    (root / "docs/index.md").write_text("# Home\n")
    (root / "docs/index.zh.md").write_text("# 首页\n")
    (root / "docs/nb.ipynb").write_text(_notebook())
    build(load_config(str(root / "mkdocs.yml")))
    return root / "site"


def _cached_notebooks(root: Path, keep_cache: bool) -> int:
    """Build a site with i18n and mkdocs-jupyter (notebooks rewrapped, as on ours), with
    or without ``keep_notebook_cache``; how many notebook cache entries remain."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    (root / "docs").mkdir()
    hook = (
        "from mkdocs.plugins import event_priority\n"
        "from verified.frontends import patches\n"
        "kept = set()\n"
        "@event_priority(-150)\n"
        "def on_files(files, config):\n"
        "    patches.rewrap_notebooks(files, config)\n"
    )
    if keep_cache:
        hook += (
            "@event_priority(50)\n"
            "def on_post_build(config):\n"
            "    global kept\n"
            "    kept = patches.keep_notebook_cache(config, kept)\n"
        )
    (root / "hooks.py").write_text(hook)
    config = CONFIG.format(cache=root / "nb-cache") + "hooks:\n  - hooks.py\n"
    (root / "mkdocs.yml").write_text(config)
    (root / "docs/index.md").write_text("# Home\n")
    (root / "docs/index.zh.md").write_text("# 首页\n")
    (root / "docs/nb.ipynb").write_text(_notebook())
    build(load_config(str(root / "mkdocs.yml")))
    assert (root / "site/nb/index.html").exists()
    return len(list((root / "nb-cache").glob("*.json")))


def test_i18n_makes_jupyter_evict_its_whole_cache(tmp_path):
    # The notebook is rendered and cached, then the Chinese build evicts the entry.
    assert _cached_notebooks(tmp_path, keep_cache=False) == 0, (
        "upstream fixed: delete keep_notebook_cache"
    )


def test_the_notebook_cache_survives_the_other_language(tmp_path):
    assert _cached_notebooks(tmp_path, keep_cache=True) == 1


def test_i18n_writes_absolute_language_links_and_alternate_links(upstream_site):
    page = (upstream_site / "index.html").read_text()
    assert re.search(r'href="/project/zh/"[^>]*hreflang="zh"', page), "upstream fixed: delete"
    assert '<link rel="alternate"' in page
    fixed = patches.relative_language_links(page, "", "https://example.invalid/project/")
    assert '<link rel="alternate"' not in fixed
    assert re.search(r'href="zh/"[^>]*hreflang="zh"', fixed)


def test_language_links_become_relative_on_every_page_and_under_mike():
    links = '<a href="{en}" hreflang="en" class="x"><a href="{zh}" hreflang="zh" class="x">'
    for site_url in ("https://h.invalid/p/latest", "https://h.invalid/p/latest/"):
        home = links.format(en="/p/latest/", zh="/p/latest/zh/")
        assert patches.relative_language_links(home, "", site_url) == links.format(
            en="./", zh="zh/"
        )
        home_zh = patches.relative_language_links(home, "zh/", site_url)
        assert home_zh == links.format(en="../", zh="./")
        page = links.format(en="/p/latest/backward/", zh="/p/latest/zh/backward/")
        fixed = patches.relative_language_links(page, "backward/", site_url)
        assert fixed == links.format(en="./", zh="../zh/backward/")


def test_i18n_loses_the_notebook_download(upstream_site):
    # The page is rendered, but without patches.rewrap_notebooks mkdocs-jupyter does not
    # recognise its file and never copies the .ipynb beside it (include_source: true).
    assert (upstream_site / "nb/index.html").exists()
    assert not (upstream_site / "nb/nb.ipynb").exists(), "upstream fixed: delete rewrap_notebooks"


@pytest.fixture(scope="module")
def notebook_page(tmp_path_factory) -> str:
    """The notebook page as mkdocs-jupyter writes it (without i18n in the way)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    root = tmp_path_factory.mktemp("jupyter")
    (root / "docs").mkdir()
    # As on our site, the notebook is not in the nav (its TOC then appears once).
    config = CONFIG.split("plugins:")[0] + "plugins:\n  - mkdocs-jupyter:\n"
    config += f"      include: ['*.ipynb']\n      cache_dir: {root / 'nb-cache'}\n"
    config += "nav:\n  - index.md\n"
    (root / "mkdocs.yml").write_text(config)
    (root / "docs/index.md").write_text("# Home\n")
    (root / "docs/nb.ipynb").write_text(_notebook())
    build(load_config(str(root / "mkdocs.yml")))
    return (root / "site/nb/index.html").read_text()


def test_jupyter_toc_links_miss_headings_with_code(notebook_page):
    ids = re.findall(r'<h2[^>]*\bid="([^"]+)"', notebook_page)
    toc = re.findall(r'<a href="#([^"]+)" class="md-nav__link">', notebook_page)
    assert ids and not set(ids) <= set(toc), "upstream fixed: delete align_toc_anchors"
    fixed = patches.align_toc_anchors(notebook_page)
    assert set(ids) <= set(re.findall(r'<a href="#([^"]+)" class="md-nav__link">', fixed))


def test_jupyter_inlines_a_huge_stylesheet(notebook_page, tmp_path):
    styles = re.findall(r"<style[^>]*>.*?</style>", notebook_page, re.S)
    assert max(map(len, styles)) > patches.CSS_MIN_BYTES, (
        "upstream fixed: delete shared_notebook_css"
    )
    fixed = patches.shared_notebook_css(notebook_page, "nb/index.html", str(tmp_path))
    assert len(fixed) < len(notebook_page) - patches.CSS_MIN_BYTES
    assert list(tmp_path.glob("assets/verified/notebook-*.css"))


def test_jupyter_loads_mermaid_from_a_cdn(notebook_page):
    assert patches.MERMAID_LOADER_RE.search(notebook_page), (
        "upstream fixed: delete drop_mermaid_loader"
    )
    assert (
        "cdnjs.cloudflare.com"
        not in patches.drop_mermaid_loader(notebook_page).split("<article")[1]
    )


def test_jupyter_code_cells_cannot_take_focus(notebook_page):
    assert '<div class="highlight-ipynb' in notebook_page, (
        "upstream fixed: delete focusable_code_cells"
    )
    assert '<div tabindex="0" class="highlight-ipynb' in patches.focusable_code_cells(notebook_page)


def test_jupyter_leaves_maths_for_a_script(notebook_page):
    assert "$x^2$" in notebook_page, "upstream fixed: delete the maths step of notebook_page"
    article = notebook_page[notebook_page.find("<article") :]
    assert "<math" in patches.render_notebook_maths(article, "nb.ipynb")
