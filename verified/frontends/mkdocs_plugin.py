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

import os
import re
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger

from verified.engine import expected as expected_files
from verified.engine.cache import RunCache
from verified.engine.pages import REFERENCE_RE, parse_fences, scan_site
from verified.engine.pool import shared_pool
from verified.engine.problems import format_problems
from verified.engine.record import Record, committed_record
from verified.engine.snippet import Snippet, parse_directives
from verified.engine.verify import verify
from verified.frontends.labels import LABELS, label, page_language
from verified.frontends.maths import MathError, render_maths

log = get_plugin_logger(__name__)

DEVICE_LABELS = {"cpu": "CPU", "cuda": "CUDA"}


class VerifiedConfig(Config):
    execute = config_options.Type(bool, default=True)


@dataclass
class Shown:
    """What a page shows under one snippet."""

    outputs: dict[str, str]  # device -> text, "cpu" first
    raises: str | None


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

    # ------------------------------------------------------------------ events

    def on_config(self, config):
        self.root = Path(config.config_file_path).resolve().parent
        self.executed = self.config.execute and os.environ.get("VERIFIED_EXECUTE", "1") != "0"
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
            outcomes = verify(snippets, shared_pool(), "cpu", RunCache(self.root))
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
        for snippet in snippets:
            outputs = {}
            for device in ("cpu", "cuda"):
                path = snippet.expected_path(device)
                if path.exists():
                    outputs[device] = path.read_text(encoding="utf-8")
            self.shown[snippet.name] = Shown(outputs, parse_directives(snippet.read()).raises)
        ran = "ran" if self.executed else "rendered (execution off)"
        log.info("%d snippets %s", len(snippets), ran)
        language = config.theme.get("language") or "en"
        config.copyright = self._footer(language if language in LABELS else "en")

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
