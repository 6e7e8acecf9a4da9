"""MkDocs front-end: verify every included snippet before the build, show outputs under the code.

Enabled in ``mkdocs.yml`` as the ``verified`` plugin. Before any page is built
it scans ``docs/`` and runs every included snippet through the engine (cached);
any author mistake stops the build with one message listing each problem by
file and line. Then each snippet fence gets a title naming the file and, right
under it, the output that the run produced (CPU/CUDA tabs where a per-device
output is recorded).

``execute: false`` (or ``VERIFIED_EXECUTE=0``) renders the committed outputs
without running anything: a quick preview, and the benchmark's baseline.
"""

from __future__ import annotations

import hashlib
import html
import os
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File

from verified.engine import expected as expected_files
from verified.engine.cache import RunCache
from verified.engine.pages import REFERENCE_RE, parse_fences, scan_site
from verified.engine.pool import shared_pool
from verified.engine.problems import format_problems
from verified.engine.record import Record, committed_record
from verified.engine.snippet import Snippet, parse_directives
from verified.engine.verify import verify
from verified.frontends.deploy import torch_minor
from verified.frontends.diagrams import GraphvizMissing, dot_to_svg
from verified.frontends.labels import LABELS, label, page_language
from verified.frontends.maths import MathError, render_maths, render_notebook_maths
from verified.frontends.notebooks import Cell, chapter_notebook, dumps

log = get_plugin_logger(__name__)

DEVICE_LABELS = {"cpu": "CPU", "cuda": "CUDA"}


class VerifiedConfig(Config):
    execute = config_options.Type(bool, default=True)
    notebooks = config_options.Type(bool, default=True)
    # owner/name of the GitHub repository whose gh-pages branch serves the site (Colab links)
    github_repository = config_options.Type(str, default="autograd-verified/autograd-verified")


@dataclass
class Shown:
    """What a page shows under one snippet."""

    outputs: dict[str, str]  # device -> text, "cpu" first
    raises: str | None
    pictures: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, name, site path)


def _fence_for(text: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def render_output(shown: Shown, title: str | None = None, lang: str = "en") -> str:
    """Markdown for the output under a snippet: one block, or tabs per device."""
    if title is None:
        title = (
            label(lang, "output_raises", raises=shown.raises)
            if shown.raises
            else label(lang, "output")
        )

    def block(text: str, attrs: str) -> list[str]:
        fence = _fence_for(text)
        body = text if text.endswith("\n") or not text else text + "\n"
        return [f"{fence}{{ .text .verified-output {attrs}}}", *body.splitlines(), fence]

    if len(shown.outputs) == 1:
        (text,) = shown.outputs.values()
        return "\n".join(block(text, f'title="{title}" '))
    lines: list[str] = []
    for device, text in shown.outputs.items():
        device_name = DEVICE_LABELS.get(device, device)
        lines.append(f'=== "{label(lang, "output_on", title=title, device=device_name)}"')
        lines.append("")
        lines.extend("    " + line if line else "" for line in block(text, ""))
        lines.append("")
    return "\n".join(lines).rstrip("\n")


def _relative_language_links(page_html: str, page, config) -> str:
    """mkdocs-static-i18n writes the home pages' language links as absolute paths
    under site_url (``/autograd-verified/zh/``), which miss mike's version folder
    (``/autograd-verified/2.13/zh/``): make them relative to the page.

    It also adds ``<link rel="alternate" hreflang>`` to every page, and
    mkdocs-material fetches ``sitemap.xml`` beside each such link, expecting a
    language root: a failed request on every page. They go; search engines get
    the same hreflang pairs from sitemap.xml."""
    page_html = re.sub(
        r'\n?[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">', "", page_html
    )
    prefix = urlsplit(config.site_url or "/").path or "/"
    if prefix == "/":
        return page_html
    here = posixpath.dirname(page.url.rstrip("/")) if page.url.endswith(".html") else page.url

    def relative(match: re.Match[str]) -> str:
        target = match.group(2)[len(prefix) :]
        path = posixpath.relpath(target or ".", here.rstrip("/") or ".")
        return f"{match.group(1)}{'./' if path == '.' else path + '/'}{match.group(3)}"

    pattern = rf'(href=")({re.escape(prefix)}[^"]*?)/?("[^>]*\bhreflang=)'
    page_html = re.sub(pattern, relative, page_html)
    pattern = rf'(<link rel="alternate" href=")({re.escape(prefix)}[^"]*?)/?(")'
    return re.sub(pattern, relative, page_html)


def _align_toc_anchors(page_html: str) -> str:
    """Point a notebook page's table of contents at the headings' real ids.

    mkdocs-jupyter builds the TOC from the notebook as Markdown, dropping code
    spans from headings (a heading of only code gets an empty link), while
    nbconvert's heading ids keep them, so links like
    ``#without-the-effect-is-the-same`` miss. Both list the same headings in
    order: each TOC entry gets its heading's id and full text.
    """
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
        # The heading's own text, code included ("Without create_graph", not "Without").
        text = html.escape(html.unescape(re.sub(r"<[^>]+>|¶", "", inner)).strip())
        pieces.append(page_html[last : match.start()])
        pieces.append(f"{match.group(1)}#{real}{match.group(2)}{text}{match.group(4)}")
        last = match.end()
    return "".join(pieces) + page_html[last:]


def _page_title(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip().replace("`", "")
    return path.stem


def _with_title(info: str, title: str) -> str:
    if "title=" in info:
        return info
    return f'{info.rstrip()} title="{title}"'


class VerifiedPlugin(BasePlugin[VerifiedConfig]):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path.cwd()
        self.shown: dict[str, Shown] = {}
        self.torch_versions: set[str] = set()
        self.executed = True
        self.cpu_record: Record | None = None
        self.cuda_record: Record | None = None
        self.codes: dict[str, str] = {}
        self.included_by: dict[str, list[str]] = {}
        self.assets: dict[str, bytes] = {}  # site path -> content (figures, graph diagrams)
        self.notebooks: dict[str, str] = {}  # page src_uri -> notebook src_uri

    # ------------------------------------------------------------------ events

    def on_config(self, config):
        self.root = Path(config.config_file_path).resolve().parent
        self.executed = self.config.execute and os.environ.get("VERIFIED_EXECUTE", "1") != "0"
        config.extra["notebooks"] = {
            "github": self.config.github_repository,
            "version": torch_minor(),
        }
        snippets_config = config.mdx_configs.get("pymdownx.snippets", {})
        if "pymdownx.snippets" in config.markdown_extensions and not snippets_config.get(
            "check_paths"
        ):
            raise PluginError(
                "mkdocs.yml: pymdownx.snippets needs `check_paths: true`, "
                "or a missing include is silently dropped from the page"
            )
        return config

    def on_pre_build(self, config) -> None:
        site = scan_site(self.root)
        self.included_by = site.included_by
        problems = list(site.problems)
        snippets = [Snippet(self.root, name) for name in sorted(site.included_by)]
        self.shown = {}
        self.torch_versions = set()
        self.codes = {snippet.name: snippet.read() for snippet in snippets}
        self.cpu_record = None
        self.cuda_record = committed_record(self.root, "cuda")
        if self.executed:
            outcomes = verify(snippets, shared_pool(), "cpu", RunCache(self.root), draw=True)
            versions = {o.run.torch_version for o in outcomes if o.run is not None}
            self.cpu_record = Record.new("cpu", ", ".join(sorted(versions)) or "unknown")
            for outcome in outcomes:
                self.cpu_record.add(
                    outcome.snippet.name, self.codes[outcome.snippet.name], outcome.ok
                )
                for problem in outcome.problems:
                    problem.included_from = site.included_by.get(outcome.snippet.name, [])
                problems.extend(outcome.problems)
                if outcome.run is not None:
                    self.torch_versions.add(outcome.run.torch_version)
                    if outcome.run.cached:
                        log.debug("%s: cached", outcome.snippet.display_path)
        if problems:
            raise PluginError(
                format_problems(problems, "Autograd, Verified stopped the build")
                + "\n\nDetails and fixes for each kind of problem: CONTRIBUTING.md"
            )
        self.assets = {}
        pictures = self._pictures(outcomes if self.executed else [])
        for snippet in snippets:
            outputs = {}
            for device in ("cpu", "cuda"):
                path = snippet.expected_path(device)
                if path.exists():
                    outputs[device] = path.read_text(encoding="utf-8")
            self.shown[snippet.name] = Shown(
                outputs, parse_directives(snippet.read()).raises, pictures.get(snippet.name, [])
            )
        self.notebooks = {}
        if self.config.notebooks:
            self._write_notebooks(site, pictures)
        ran = "ran" if self.executed else "rendered (execution off)"
        log.info("%d snippets %s", len(snippets), ran)
        language = config.theme.get("language") or "en"
        config.copyright = self._footer(language if language in LABELS else "en")

    @event_priority(-150)  # after mkdocs-static-i18n (-100), which rewraps every file
    def on_files(self, files, config):
        # mkdocs-static-i18n replaces mkdocs-jupyter's NotebookFile wrappers with its
        # own File objects, and the notebooks would be copied as static files: wrap
        # them again so they are rendered as pages.
        if "mkdocs-jupyter" in config.plugins:
            from mkdocs_jupyter.plugin import NotebookFile

            default_build = (config.theme.get("language") or "en") == "en"
            for file in list(files):
                if file.src_uri.endswith(".ipynb") and not isinstance(file, NotebookFile):
                    files.remove(file)
                    if default_build:  # other languages link to the English notebooks
                        files.append(NotebookFile(file, **config))
        # Real files under .cache (not File.generated): mkdocs-static-i18n and
        # mkdocs-jupyter both need a source path on disk.
        assets = self.root / ".cache" / "verified" / "site-assets"
        for path, content in self.assets.items():
            target = assets / path
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists() or target.read_bytes() != content:
                target.write_bytes(content)
            files.append(File(path, str(assets), config.site_dir, config.use_directory_urls))
        return files

    def on_post_page(self, output: str, page, config) -> str:
        """Relative language links everywhere; on notebook pages also maths as MathML,
        no CDN script, and mkdocs-jupyter's inline ~570 KB stylesheet moved to one
        shared file the browser caches."""
        output = _relative_language_links(output, page, config)
        if not page.file.src_uri.endswith(".ipynb"):
            return output
        body = output.find("<article")
        if body >= 0:
            output = output[:body] + render_notebook_maths(output[body:], page.file.src_uri)
        output = _align_toc_anchors(output)
        # Code cells scroll sideways: let the keyboard reach them (axe: scrollable-region-focusable).
        output = output.replace(
            '<div class="highlight-ipynb', '<div tabindex="0" class="highlight-ipynb'
        )
        # Notebooks exist in English only: the language switch leads to the translated chapter.
        output = re.sub(
            r"((?:\.\./)+)([a-z]{2})/notebooks/([\w-]+)/",
            lambda m: f"{m.group(1)}{m.group(2)}/{m.group(3)}/",
            output,
        )
        # The Mermaid loader imports from cdnjs when a diagram is present; there is none.
        output = re.sub(
            r'<script type="module">(?:(?!</script>).)*cdnjs\.cloudflare\.com.*?</script>',
            "",
            output,
            flags=re.S,
        )
        styles = [m for m in re.finditer(r"<style[^>]*>(.*?)</style>", output, re.S)]
        big = max(styles, key=lambda m: len(m.group(0)), default=None)
        if big is None or len(big.group(0)) < 100_000:
            return output
        css = big.group(1)
        name = f"assets/verified/notebook-{hashlib.sha256(css.encode()).hexdigest()[:10]}.css"
        target = Path(config.site_dir) / name
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(css, encoding="utf-8")
        href = os.path.relpath(name, os.path.dirname(page.file.dest_uri) or ".")
        return (
            output[: big.start()] + f'<link rel="stylesheet" href="{href}">' + output[big.end() :]
        )

    def on_post_build(self, config) -> None:
        site = Path(config.site_dir) / "verification"
        if self.cpu_record is not None:
            self.cpu_record.write(site / "cpu.json")
        if self.cuda_record is not None:
            self.cuda_record.write(site / "cuda.json")

    def on_page_markdown(self, markdown: str, page, config, files) -> str:
        fences, _ = parse_fences(markdown, page.file.src_uri)
        lang = page_language(page.file.src_uri)
        lines = markdown.splitlines()
        insertions: list[tuple[int, int, str, str]] = []  # (fence line, closing line, info, output)
        count = 0
        for fence in fences:
            if fence.indent or not fence.is_python:
                continue
            names = [
                match.group(1)
                for text in fence.content
                if (match := re.match(r"^\s*-{1,}8<-{1,}\s+[\"'](.+?)[\"']\s*$", text))
            ]
            if len(names) != 1 or names[0] not in self.shown:
                continue
            closing = fence.line + len(fence.content)  # 0-based index of the closing fence
            info = _with_title(fence.info, f"snippets/{names[0]}")
            output = render_output(self.shown[names[0]], lang=lang)
            output += "\n\n" + self._badges(names[0], lang)
            output += self._picture_markdown(names[0], page.file.src_uri, lang)
            insertions.append((fence.line - 1, closing, info, output))
            count += 1
        for index, line in enumerate(lines):
            reference = REFERENCE_RE.match(line.strip())
            if reference and reference.group("target") in self.shown:
                lines[index] = self._quote(reference.group("what"), reference.group("target"), page)
        for opening, closing, info, output in reversed(insertions):
            marker = re.match(r"^[ \t]*(`{3,}|~{3,})", lines[opening]).group(1)
            lines[opening] = f"{marker}{info}"
            lines[closing + 1 : closing + 1] = ["", output, ""]
        if count:
            lines.extend(["", self._verified_note(count, lang)])
        english_uri = re.sub(r"\.[a-z]{2}\.md$", ".md", page.file.src_uri)
        if english_uri in self.notebooks:
            heading = next((i for i, line in enumerate(lines) if line.startswith("# ")), None)
            if heading is not None:
                # A plain relative URL: the notebooks live in the English site only, and
                # relative links survive mike's version folders.
                depth = page.url.count("/")  # i18n pages carry their "zh/" prefix
                slug = self.notebooks[english_uri][len("notebooks/") : -len(".ipynb")]
                target = "../" * depth + f"notebooks/{slug}/"
                lines[heading + 1 : heading + 1] = ["", label(lang, "notebook_link", target=target)]
        return "\n".join(lines) + "\n"

    def on_page_content(self, html: str, page, config, files) -> str:
        try:
            return render_maths(html, page.file.src_uri)
        except MathError as error:
            raise PluginError(f"docs/{error}") from error

    # ----------------------------------------------------------------- helpers

    def _quote(self, what: str, name: str, page) -> str:
        """A verified output, or its error and warning lines, quoted on another page."""
        lang = page_language(page.file.src_uri)
        shown = self.shown[name]
        text = shown.outputs["cpu"]
        if what == "error":
            parts = expected_files.split_output(text)
            text = "\n".join([*parts.warnings, *filter(None, [parts.exception])]) + "\n"
        pages = [where.split(":")[0] for where in self.included_by[name]]
        english = next((p for p in pages if page_language(p) == "en"), pages[0])
        translated = english[: -len(".md")] + f".{lang}.md"
        shown_on = translated if lang != "en" and (self.root / translated).exists() else english
        target = os.path.relpath(english[len("docs/") :], os.path.dirname(page.file.src_uri) or ".")
        title = _page_title(self.root / shown_on)
        block = render_output(
            Shown({"cpu": text}, None), title=label(lang, f"quote_{what}", name=name), lang=lang
        )
        source = label(lang, f"quote_source_{what}", name=name, title=title, target=target)
        return f"{block}\n\n{source}\n{{: .verified-source }}"

    def _write_notebooks(self, site, pictures) -> None:
        """One notebook per English page that shows snippets, from the verified outputs.

        Written into docs/notebooks/ (git-ignored) before MkDocs collects the docs,
        so mkdocs-jupyter renders them and mkdocs-static-i18n treats them as pages.
        """
        directory = self.root / "docs"
        torch_version = ", ".join(sorted(self.torch_versions)) or (
            expected_files.recorded_torch(self.root) or "?"
        )
        for scan in site.pages:
            page = scan.page[len("docs/") :]
            if page_language(page) != "en" or not scan.snippet_fences:
                continue
            markdown = (self.root / scan.page).read_text(encoding="utf-8")
            title = _page_title(self.root / scan.page)
            slug = page[: -len(".md")]
            cells = {}
            for name, shown in self.shown.items():
                figures = [
                    self.assets[path].decode("utf-8")
                    for kind, _, path in shown.pictures
                    if kind == "figure"
                ]
                cells[name] = Cell(self.codes[name], shown.outputs.get("cpu", ""), figures)

            def link(target: str, anchor: str | None) -> str:
                stem = target[: -len(".md")]
                url = "../../" if stem == "index" else f"../../{stem}/"
                return url + (anchor or "")

            header = label("en", "notebook_header", title=title, slug=slug, torch=torch_version)
            body = "\n".join(markdown.splitlines()[1:])  # the title is in the header
            notebook = chapter_notebook(body, cells, link, header)
            uri = f"notebooks/{slug}.ipynb"
            target = directory / uri
            target.parent.mkdir(parents=True, exist_ok=True)
            text = dumps(notebook)
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                target.write_text(text, encoding="utf-8")
            self.notebooks[page] = uri

    def _pictures(self, outcomes) -> dict[str, list[tuple[str, str, str]]]:
        """Turn each run's figures and graph DOT into SVG files the site will serve."""
        pictures: dict[str, list[tuple[str, str, str]]] = {}
        graph_cache = self.root / ".cache" / "verified" / "graphs"
        for outcome in outcomes:
            if outcome.run is None:
                continue
            stem = outcome.snippet.name[: -len(".py")]
            found = []
            for number, svg in enumerate(outcome.run.figures, start=1):
                path = f"assets/verified/{stem}-figure-{number}.svg"
                self.assets[path] = svg.encode("utf-8")
                found.append(("figure", str(number), path))
            for graph in outcome.run.graphs:
                try:
                    svg = dot_to_svg(graph["dot"], graph_cache)
                except GraphvizMissing as error:
                    raise PluginError(f"{outcome.snippet.display_path}: {error}") from error
                path = f"assets/verified/{stem}-graph-{graph['name']}.svg"
                self.assets[path] = svg.encode("utf-8")
                found.append(("graph", graph["name"], path))
            if found:
                pictures[outcome.snippet.name] = found
        return pictures

    def _picture_markdown(self, name: str, page_uri: str, lang: str) -> str:
        parts = []
        for kind, label_value, path in self.shown[name].pictures:
            target = os.path.relpath(path, os.path.dirname(page_uri) or ".")
            alt = label(lang, f"{kind}_alt", name=name, value=label_value)
            parts.append(f"![{alt}]({target}){{ .verified-{kind} loading=lazy }}")
        return "".join(f"\n\n{part}" for part in parts)

    def _badges(self, name: str, lang: str = "en") -> str:
        """One badge per device: verified for these exact bytes, or not (yet)."""
        code = self.codes[name]
        badges = []
        for device, record in (("CPU", self.cpu_record), ("CUDA", self.cuda_record)):
            status = record.status(name, code) if record is not None else None
            if status is not None and status.verified:
                text = label(lang, "badge_ok", device=device, torch=status.torch)
                kind = "ok"
                title = label(lang, "badge_ok_title", device=device, torch=status.torch)
            elif status is not None and status.state == "failed":
                text, kind = label(lang, "badge_failed", device=device), "failed"
                title = label(lang, "badge_failed_title", device=device)
            elif device == "CPU" and not self.executed:
                text, kind = label(lang, "badge_preview"), "pending"
                title = label(lang, "badge_preview_title")
            else:
                text, kind = label(lang, "badge_pending", device=device), "pending"
                stale = status is not None and status.state == "stale"
                title = label(
                    lang, "badge_stale_title" if stale else "badge_missing_title", device=device
                )
            badges.append(
                f'<span class="verified-badge verified-badge--{kind}" title="{title}">{text}</span>'
            )
        return '<p class="verified-badges">' + " ".join(badges) + "</p>"

    def _footer(self, lang: str) -> str:
        parts = []
        if self.cpu_record is not None:
            parts.append(label(lang, "footer_cpu", torch=self.cpu_record.torch))
        else:
            parts.append(label(lang, "footer_preview"))
        if self.cuda_record is not None:
            verified, total = self.cuda_record.counts(self.codes)
            parts.append(
                label(
                    lang,
                    "footer_cuda",
                    device=self.cuda_record.data.get("device_name", "GPU"),
                    torch=self.cuda_record.torch,
                    verified=verified,
                    total=total,
                )
            )
        else:
            parts.append(label(lang, "footer_no_cuda", total=len(self.codes)))
        return " · ".join(parts)

    def _verified_note(self, count: int, lang: str = "en") -> str:
        if self.executed and self.torch_versions:
            versions = ", ".join(sorted(self.torch_versions))
            key = "note_one" if count == 1 else "note_many"
            text = label(lang, key, torch=versions, count=count)
        else:
            recorded = expected_files.recorded_torch(self.root) or "?"
            text = label(lang, "note_preview", torch=recorded)
        return f'!!! success "{label(lang, "note_title")}"\n\n    {text}'
