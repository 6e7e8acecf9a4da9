"""Render a page: the page model and the verified outcomes in, Markdown out. Pure functions.

The MkDocs plugin calls ``render_page`` from ``on_page_markdown`` and uses
``footer`` for the copyright line; nothing here touches MkDocs, files or runs,
so tests call these functions directly.

What a snippet fence becomes: the code as readers copy it (directive comments
removed), titled with the file's path; right under it the output (one block,
or CPU/CUDA tabs where a per-device output is recorded), one badge per device,
and any figure or graph diagram. An exercise's solution (``<!-- solution -->``
before the fence) is the same, collapsed in a ``???`` block.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from verified.engine import expected as expected_files
from verified.engine.page_model import SOLUTION_RE, Fence, Page, parse_page
from verified.engine.site import Shown, SiteResult
from verified.frontends.labels import label, page_language

DEVICE_LABELS = {"cpu": "CPU", "cuda": "CUDA"}


@dataclass
class PageContext:
    """What rendering one page needs beyond the page itself."""

    result: SiteResult
    url: str  # the page's URL relative to the site root ("backward/", "zh/backward/")
    notebook: str | None = None  # "notebooks/backward.ipynb" when the chapter has one
    drift: Callable[[str, str], str] | None = None  # (version, lang) -> Markdown
    lang: str = "en"
    titles: dict[str, str] = field(default_factory=dict)  # page path -> title


def fence_for(text: str, character: str = "`") -> str:
    longest = max((len(run) for run in re.findall(re.escape(character) + "+", text)), default=0)
    return character * max(3, longest + 1)


def render_output(outputs: dict[str, str], title: str, lang: str = "en") -> str:
    """Markdown for the output under a snippet: one block, or tabs per device."""

    def block(text: str, attrs: str) -> list[str]:
        fence = fence_for(text)
        body = text if text.endswith("\n") or not text else text + "\n"
        return [f"{fence}{{ .text .verified-output {attrs}}}", *body.splitlines(), fence]

    if len(outputs) == 1:
        (text,) = outputs.values()
        return "\n".join(block(text, f'title="{title}" '))
    return "\n".join(_tabs(outputs, title, block, lang)).rstrip("\n")


def _tabs(outputs: dict[str, str], title: str, block, lang: str) -> list[str]:
    lines: list[str] = []
    for device, text in outputs.items():
        name = DEVICE_LABELS.get(device, device)
        lines.append(f'=== "{label(lang, "output_on", title=title, device=name)}"')
        lines.append("")
        lines.extend("    " + line if line else "" for line in block(text, ""))
        lines.append("")
    return lines


def output_title(shown: Shown, lang: str) -> str:
    if shown.raises:
        return label(lang, "output_raises", raises=shown.raises)
    return label(lang, "output")


def badges(shown: Shown, lang: str, executed: bool) -> str:
    """One badge per device: verified for these exact bytes, or not (yet)."""
    parts = []
    for device, status in zip(("CPU", "CUDA"), shown.badges, strict=True):
        if status is not None and status.verified:
            text = label(lang, "badge_ok", device=device, torch=status.torch)
            kind, title = "ok", label(lang, "badge_ok_title", device=device, torch=status.torch)
        elif status is not None and status.state == "failed":
            text, kind = label(lang, "badge_failed", device=device), "failed"
            title = label(lang, "badge_failed_title", device=device)
        elif device == "CPU" and not executed:
            text, kind = label(lang, "badge_preview"), "pending"
            title = label(lang, "badge_preview_title")
        else:
            text, kind = label(lang, "badge_pending", device=device), "pending"
            stale = status is not None and status.state == "stale"
            key = "badge_stale_title" if stale else "badge_missing_title"
            title = label(lang, key, device=device)
        parts.append(
            f'<span class="verified-badge verified-badge--{kind}" title="{title}">{text}</span>'
        )
    return '<p class="verified-badges">' + " ".join(parts) + "</p>"


def pictures(name: str, shown: Shown, page_uri: str, lang: str) -> list[str]:
    parts = []
    for artefact in shown.artefacts:
        target = os.path.relpath(artefact.site_path(name), os.path.dirname(page_uri) or ".")
        alt = label(lang, f"{artefact.kind}_alt", name=name, value=artefact.name)
        parts.append(f"![{alt}]({target}){{ .verified-{artefact.kind} loading=lazy }}")
    return parts


def snippet_block(fence: Fence, shown: Shown, ctx: PageContext, page_uri: str) -> list[str]:
    """A snippet fence as the page shows it: code, output, badges, pictures."""
    name = fence.snippet
    marker = fence_for(shown.code, fence.marker[0])
    info = (
        fence.info if "title=" in fence.info else f'{fence.info.rstrip()} title="snippets/{name}"'
    )
    # A traceback or warning names lines of the file: number the code as the file is.
    if "linenums=" not in info and re.search(
        rf'snippets/{re.escape(name)}(", line |:)\d', "".join(shown.outputs.values())
    ):
        info += f' linenums="{shown.first_line}"'
    parts = [
        "\n".join([f"{marker}{info}", *shown.code.rstrip("\n").splitlines(), marker]),
        render_output(shown.outputs, output_title(shown, ctx.lang), ctx.lang),
        badges(shown, ctx.lang, ctx.result.executed),
        *pictures(name, shown, page_uri, ctx.lang),
    ]
    lines = "\n\n".join(parts).splitlines()
    if fence.solution:
        title = label(ctx.lang, "solution")
        lines = [f'??? success "{title}"', ""] + ["    " + line if line else "" for line in lines]
    return ["", *lines, ""]


def quote(what: str, name: str, ctx: PageContext, page_uri: str) -> str:
    """A verified output, or only its warning and error lines, quoted on another page."""
    shown = ctx.result.shown[name]
    text = shown.outputs["cpu"]
    if what == "error":
        parts = expected_files.split_output(text)
        text = "\n".join([*parts.warnings, *filter(None, [parts.exception])]) + "\n"
    pages = [where.split(":")[0] for where in ctx.result.site.included_by[name]]
    english = next((p for p in pages if page_language(p) == "en"), pages[0])
    translated = english[: -len(".md")] + f".{ctx.lang}.md"
    shown_on = translated if ctx.lang != "en" and translated in ctx.titles else english
    target = os.path.relpath(english[len("docs/") :], os.path.dirname(page_uri) or ".")
    block = render_output({"cpu": text}, label(ctx.lang, f"quote_{what}", name=name), ctx.lang)
    title = ctx.titles.get(shown_on, shown_on)
    source = label(ctx.lang, f"quote_source_{what}", name=name, title=title, target=target)
    return f"{block}\n\n{source}\n{{: .verified-source }}"


def verified_note(count: int, ctx: PageContext) -> str:
    if ctx.result.executed and ctx.result.torch_versions:
        key = "note_one" if count == 1 else "note_many"
        text = label(ctx.lang, key, torch=ctx.result.torch_label, count=count)
    else:
        text = label(ctx.lang, "note_preview", torch=ctx.result.torch_label)
    return f'!!! success "{label(ctx.lang, "note_title")}"\n\n    {text}'


def render_page(page: Page, markdown: str, ctx: PageContext) -> str:
    """The page's Markdown with outputs, badges, pictures, quotes and notes in place."""
    if markdown != page.body:  # another plugin changed the text: read what MkDocs has
        page = parse_page(page.path, markdown)
    page_uri = page.uri
    lines = markdown.splitlines()
    offset = page.body_line + 1  # file line number -> index into ``lines``
    replacements: list[tuple[int, int, list[str]]] = []
    for fence in page.snippet_fences:
        shown = ctx.result.shown.get(fence.snippet)
        if shown is not None:
            replacements.append(
                (
                    fence.start - offset,
                    fence.end - offset,
                    snippet_block(fence, shown, ctx, page_uri),
                )
            )
    for found in page.quotes:
        index = found.line - offset
        if found.what == "drift":
            text = ctx.drift(found.target, ctx.lang) if ctx.drift else lines[index]
            replacements.append((index, index, ["", *text.splitlines(), ""]))
        elif found.target in ctx.result.shown:
            rendered = quote(found.what, found.target, ctx, page_uri)
            replacements.append((index, index, rendered.splitlines()))
    for block in page.prose:  # the solution markers did their job: the block is collapsed
        for number, text in enumerate(block.lines, start=block.start):
            if SOLUTION_RE.match(text.strip()):
                replacements.append((number - offset, number - offset, [""]))
    for start, end, new in sorted(replacements, reverse=True):
        lines[start : end + 1] = new
    if page.snippet_fences:
        lines.extend(["", verified_note(len(page.snippet_fences), ctx)])
    if ctx.notebook:
        heading = next((i for i, line in enumerate(lines) if line.startswith("# ")), None)
        if heading is not None:
            # Relative URLs survive mike's version folders; notebooks live in the English site.
            depth = ctx.url.count("/")
            slug = ctx.notebook[len("notebooks/") : -len(".ipynb")]
            target = "../" * depth + f"notebooks/{slug}/"
            link = label(ctx.lang, "notebook_link", target=target)
            lines[heading + 1 : heading + 1] = ["", link]
    return "\n".join(lines) + "\n"


def footer(result: SiteResult, lang: str) -> str:
    parts = []
    if result.cpu_record is not None:
        parts.append(label(lang, "footer_cpu", torch=result.cpu_record.torch))
    else:
        parts.append(label(lang, "footer_preview"))
    codes = {name: shown for name, shown in result.shown.items()}
    if result.cuda_record is not None:
        verified = sum(
            1
            for shown in codes.values()
            if shown.badges[1] is not None and shown.badges[1].verified
        )
        parts.append(
            label(
                lang,
                "footer_cuda",
                device=result.cuda_record.data.get("device_name", "GPU"),
                torch=result.cuda_record.torch,
                verified=verified,
                total=len(codes),
            )
        )
    else:
        parts.append(label(lang, "footer_no_cuda", total=len(codes)))
    return " · ".join(parts)
