"""Workarounds for other plugins' output, in one place; each names the version it works around.

Every function here fixes something an upstream package does in the version
pinned in pyproject.toml. ``tests/test_patches.py`` builds a small site with
the same plugins and checks, for each patch, that upstream still produces the
thing being patched: when an upgrade fixes it, that test fails and says which
patch to delete.
"""

from __future__ import annotations

import hashlib
import html
import os
import posixpath
import re
from pathlib import Path
from urllib.parse import urlsplit

from verified.frontends.maths import render_notebook_maths

# The pinned versions these patches were written against (pyproject.toml).
UPSTREAM = {
    "i18n_links": "mkdocs-static-i18n 1.3.1",
    "i18n_notebooks": "mkdocs-static-i18n 1.3.1 with mkdocs-jupyter 0.26.3",
    "jupyter_toc": "mkdocs-jupyter 0.26.3",
    "jupyter_css": "mkdocs-jupyter 0.26.3",
    "jupyter_mermaid": "mkdocs-jupyter 0.26.3 (nbconvert's lab template)",
    "jupyter_maths": "mkdocs-jupyter 0.26.3",
    "jupyter_focus": "mkdocs-jupyter 0.26.3",
    "jupyter_cache": "mkdocs-static-i18n 1.3.1 with mkdocs-jupyter 0.26.3",
}
ALTERNATE_LINK_RE = re.compile(r'\n?[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')
MERMAID_LOADER_RE = re.compile(
    r'<script type="module">(?:(?!</script>).)*cdnjs\.cloudflare\.com.*?</script>', re.S
)
CSS_MIN_BYTES = 100_000


def relative_language_links(page_html: str, page_url: str, site_url: str | None) -> str:
    """mkdocs-static-i18n 1.3.1 writes the language links as absolute paths under
    site_url (``/autograd-verified/zh/``), which miss mike's version folder
    (``/autograd-verified/2.13/zh/``): make them relative to the page.

    It also adds ``<link rel="alternate" hreflang>`` to every page, and
    mkdocs-material fetches ``sitemap.xml`` beside each such link, expecting a
    language root: a failed request on every page. They go; search engines get
    the same hreflang pairs from sitemap.xml."""
    page_html = ALTERNATE_LINK_RE.sub("", page_html)
    # mike sets site_url to ".../latest" (no trailing slash) while it builds a version.
    base = (urlsplit(site_url or "/").path or "/").rstrip("/")
    if not base:
        return page_html
    here = posixpath.dirname(page_url.rstrip("/")) if page_url.endswith(".html") else page_url

    def relative(match: re.Match[str]) -> str:
        target = match.group(2)[len(base) :].strip("/")
        path = posixpath.relpath(target or ".", here.rstrip("/") or ".")
        return f"{match.group(1)}{'./' if path == '.' else path + '/'}{match.group(3)}"

    absolute = rf"{re.escape(base)}(?:/[^\"]*?)?"
    page_html = re.sub(rf'(href=")({absolute})/?("[^>]*\bhreflang=)', relative, page_html)
    return re.sub(rf'(<link rel="alternate" href=")({absolute})/?(")', relative, page_html)


def rewrap_notebooks(files, config) -> None:
    """mkdocs-static-i18n 1.3.1 replaces mkdocs-jupyter's NotebookFile wrappers with its
    own File objects: the pages still render, but mkdocs-jupyter no longer knows the
    files and never copies the ``.ipynb`` beside its page (``include_source``), so
    the download button leads nowhere. Wrap them again (English build only; the
    other languages link to the English notebooks)."""
    if "mkdocs-jupyter" not in config.plugins:
        return
    from mkdocs_jupyter.plugin import NotebookFile

    default_build = (config.theme.get("language") or "en") == "en"
    for file in list(files):
        if file.src_uri.endswith(".ipynb") and not isinstance(file, NotebookFile):
            files.remove(file)
            if default_build:
                files.append(NotebookFile(file, **config))


def keep_notebook_cache(config, kept: set) -> set:
    """mkdocs-jupyter 0.26.3 caches each rendered notebook and, after a build, deletes
    the entries that build did not use. mkdocs-static-i18n 1.3.1 builds every other
    language as a second build in the same process, without the notebooks: its
    ``on_pre_build`` empties mkdocs-jupyter's set of used entries, and its
    ``on_post_build`` then deletes them all, so the cache never hits and every
    build converts every notebook again. Call this from an ``on_post_build`` that
    runs before mkdocs-jupyter's: the default language's build returns the entries
    it used, and each other language's build marks those as used too."""
    plugin = config.plugins.get("mkdocs-jupyter")
    used = getattr(plugin, "_used_cache_paths", None)
    if used is None:
        return kept
    if (config.theme.get("language") or "en") == "en":
        return set(used)
    used |= kept
    return kept


def align_toc_anchors(page_html: str) -> str:
    """mkdocs-jupyter 0.26.3 builds a notebook page's TOC from the notebook as Markdown,
    dropping code spans from headings (a heading of only code gets an empty link),
    while nbconvert's heading ids keep them, so links like
    ``#without-the-effect-is-the-same`` miss. Both list the same headings in order:
    each TOC entry gets its heading's id and full text."""
    start = page_html.find("<article")
    if start < 0:
        return page_html
    headings = re.findall(
        r'<h[2-6][^>]*\bid="([^"]+)"[^>]*>(.*?)</h[2-6]>', page_html[start:], re.S
    )
    toc = list(
        re.finditer(
            r'(<a href=")#[^"]+(" class="md-nav__link">\s*<span class="md-ellipsis">)(.*?)(</span>)',
            page_html[:start],
            re.S,
        )
    )
    if len(toc) != len(headings):
        return page_html
    pieces, last = [], 0
    for match, (real, inner) in zip(toc, headings, strict=True):
        text = html.escape(html.unescape(re.sub(r"<[^>]+>|¶", "", inner)).strip())
        pieces.append(page_html[last : match.start()])
        pieces.append(f"{match.group(1)}#{real}{match.group(2)}{text}{match.group(4)}")
        last = match.end()
    return "".join(pieces) + page_html[last:]


def shared_notebook_css(page_html: str, dest_uri: str, site_dir: str) -> str:
    """mkdocs-jupyter 0.26.3 inlines a ~570 KB stylesheet into every notebook page:
    move it into one file the browser caches."""
    styles = list(re.finditer(r"<style[^>]*>(.*?)</style>", page_html, re.S))
    big = max(styles, key=lambda m: len(m.group(0)), default=None)
    if big is None or len(big.group(0)) < CSS_MIN_BYTES:
        return page_html
    css = big.group(1)
    name = f"assets/verified/notebook-{hashlib.sha256(css.encode()).hexdigest()[:10]}.css"
    target = Path(site_dir) / name
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(css, encoding="utf-8")
    href = os.path.relpath(name, os.path.dirname(dest_uri) or ".")
    link = f'<link rel="stylesheet" href="{href}">'
    return page_html[: big.start()] + link + page_html[big.end() :]


def drop_mermaid_loader(page_html: str) -> str:
    """nbconvert's lab template (through mkdocs-jupyter 0.26.3) imports Mermaid from
    cdnjs on every notebook page; no notebook has a diagram, and the site makes no
    third-party request."""
    return MERMAID_LOADER_RE.sub("", page_html)


def focusable_code_cells(page_html: str) -> str:
    """mkdocs-jupyter 0.26.3's code cells scroll sideways but cannot be focused
    (axe: scrollable-region-focusable): let the keyboard reach them."""
    return page_html.replace(
        '<div class="highlight-ipynb', '<div tabindex="0" class="highlight-ipynb'
    )


def notebook_language_links(page_html: str) -> str:
    """Notebooks exist in English only (ours, not upstream): the language switch on a
    notebook page leads to the translated chapter instead."""
    return re.sub(
        r"((?:\.\./)+)([a-z]{2})/notebooks/([\w-]+)/",
        lambda m: f"{m.group(1)}{m.group(2)}/{m.group(3)}/",
        page_html,
    )


def notebook_page(page_html: str, src_uri: str, dest_uri: str, site_dir: str) -> str:
    """Every patch a notebook page needs: mkdocs-jupyter 0.26.3 leaves ``$...$`` for a
    MathJax script from a CDN, so maths becomes MathML here too."""
    body = page_html.find("<article")
    if body >= 0:
        page_html = page_html[:body] + render_notebook_maths(page_html[body:], src_uri)
    page_html = align_toc_anchors(page_html)
    page_html = focusable_code_cells(page_html)
    page_html = notebook_language_links(page_html)
    page_html = drop_mermaid_loader(page_html)
    return shared_notebook_css(page_html, dest_uri, site_dir)
