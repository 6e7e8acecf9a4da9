"""Translations of the pages: each is the English page's structure with other prose.

A translation of ``docs/backward.md`` is ``docs/backward.zh.md``
(mkdocs-static-i18n, suffix structure). Code and outputs are shared: a
translation includes exactly the same snippets in the same order, quotes the
same verified outputs, keeps every heading's anchor (explicit ``{#id}`` on
translated headings) and links to the same targets. Its front matter records
which version of the English page it translates::

    ---
    translated_from: 3f2a9c1e07b4
    ---

``python -m verified translations --stamp docs/backward.zh.md`` writes that
hash after a translation is brought up to date; a page whose English source
has changed since is reported as outdated, by name.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from verified.engine.page_model import Page, parse_page
from verified.engine.problems import Problem

LANGUAGES = ("zh",)


def english_pages(root: Path) -> list[Path]:
    docs = root / "docs"
    return sorted(
        p
        for p in docs.rglob("*.md")
        if not any(p.name.endswith(f".{lang}.md") for lang in LANGUAGES)
    )


def translation_of(page: Path, lang: str) -> Path:
    return page.with_name(f"{page.stem}.{lang}.md")


def source_hash(english: str) -> str:
    return hashlib.sha256(english.encode("utf-8")).hexdigest()[:12]


@dataclass
class Structure:
    """What a translation must keep from its page: snippets, quotes, anchors, link targets."""

    snippets: list[str]
    references: list[str]
    anchors: list[str]
    links: list[str]


def structure(page: Page) -> Structure:
    return Structure(
        snippets=[
            include.path for fence in page.fences if fence.is_python for include in fence.includes
        ],
        references=[f"{quote.what}:{quote.target}" for quote in page.quotes],
        anchors=[heading.anchor for heading in page.headings if heading.level > 1],
        links=page.links,
    )


def _differences(name: str, ours: list[str], theirs: list[str]) -> str | None:
    if ours == theirs:
        return None
    missing = [x for x in ours if x not in theirs]
    extra = [x for x in theirs if x not in ours]
    if not missing and not extra:
        return f"the same {name}, in another order"
    parts = []
    if missing:
        parts.append("missing " + ", ".join(missing))
    if extra:
        parts.append("extra " + ", ".join(extra))
    return f"{name} differ: " + "; ".join(parts)


def check(root: Path, lang: str = "zh") -> list[Problem]:
    problems: list[Problem] = []
    for page in english_pages(root):
        english = page.read_text(encoding="utf-8")
        target = translation_of(page, lang)
        shown = target.relative_to(root).as_posix()
        source = page.relative_to(root).as_posix()
        if not target.exists():
            problems.append(
                Problem(
                    kind="translation-missing",
                    file=shown,
                    line=None,
                    message=f"{source} has no {lang} translation",
                    fix=f"translate it into {shown} (same snippets, anchors and links), then run "
                    f"`.venv/bin/python -m verified translations --stamp {shown}`",
                )
            )
            continue
        theirs_page = parse_page(shown, target.read_text(encoding="utf-8"))
        meta = theirs_page.meta
        expected_hash = source_hash(english)
        if meta.get("translated_from") != expected_hash:
            problems.append(
                Problem(
                    kind="translation-outdated",
                    file=shown,
                    line=1,
                    message=f"the translation is outdated: {source} changed since it was translated "
                    f"(translated_from {meta.get('translated_from', 'missing')}, now {expected_hash})",
                    fix=f"bring the translation up to date with `git diff` of {source}, then run "
                    f"`.venv/bin/python -m verified translations --stamp {shown}`",
                )
            )
        ours, theirs = structure(parse_page(source, english)), structure(theirs_page)
        for name, a, b in (
            ("snippets included", ours.snippets, theirs.snippets),
            ("quoted outputs", ours.references, theirs.references),
            ("heading anchors", ours.anchors, theirs.anchors),
            ("link targets", ours.links, theirs.links),
        ):
            difference = _differences(name, a, b)
            if difference:
                problems.append(
                    Problem(
                        kind="translation-mismatch",
                        file=shown,
                        line=None,
                        message=f"the translation does not match {source}: {difference}",
                        fix="keep the code, quotes, anchors (`## 标题 {#english-anchor}`) and links "
                        "of the English page; translate only the prose",
                    )
                )
    return problems


def stamp(path: Path) -> str:
    """Record in ``path``'s front matter the hash of the English page it now translates."""
    lang = path.name.rsplit(".", 2)[-2]
    english = path.with_name(path.name.replace(f".{lang}.md", ".md"))
    value = source_hash(english.read_text(encoding="utf-8"))
    page = parse_page(path.name, path.read_text(encoding="utf-8"))
    meta, body = dict(page.meta), page.body
    meta["translated_from"] = value
    front = "\n".join(f"{key}: {val}" for key, val in meta.items())
    path.write_text(f"---\n{front}\n---\n{body}", encoding="utf-8")
    return value
