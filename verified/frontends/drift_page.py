"""The drift report as Markdown, for the page line ``<!-- verified-drift: <version> -->``.

``render_drift(report, lang)`` takes a report as ``make drift`` writes it
(``verification/drift-<version>.json``, see ``verified/engine/drift.py``) and
returns Markdown: a table of counts per group, then, for each group but the
identical one, every snippet with its diff against the committed output in a
``diff`` fence. Pure: it reads no file (``load_report`` does).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from verified.engine.drift import CONTENT, GROUPS, IDENTICAL, TORCH_LINES

# A page line that asks for a report: <!-- verified-drift: 2.14.1 -->
MARKER_RE = re.compile(r"^<!--\s*verified-drift\s*:\s*(?P<version>[\w.+-]+)\s*-->\s*$")


def report_file(root: Path, version: str) -> Path:
    return root / "verification" / f"drift-{version}.json"


def load_report(root: Path, version: str) -> dict:
    """The committed report for torch ``version``; says how to make it when missing."""
    path = report_file(root, version)
    if not path.exists():
        raise FileNotFoundError(
            f"{path.relative_to(root).as_posix()} is missing: run `make drift TORCH={version}` "
            "and commit the report"
        )
    return json.loads(path.read_text(encoding="utf-8"))


LABELS: dict[str, dict[str, str]] = {
    "en": {
        IDENTICAL: "identical",
        TORCH_LINES: "different only in line numbers inside torch's own files",
        CONTENT: "different in content",
        "summary": "Every snippet of this site was run twice under torch {torch} (Python {python}, "
        "{device}) and compared with its output as recorded with torch {pinned}:",
        "group": "outputs",
        "count": "snippets",
        "none_differ": "All {total} snippets print exactly what the pages show.",
        "rest_identical": "The other snippets print exactly what the pages show.",
        "problems": "The run also reported:",
    },
    "zh": {
        IDENTICAL: "完全相同",
        TORCH_LINES: "仅 torch 内部文件的行号不同",
        CONTENT: "内容不同",
        "summary": "本站每一段代码都在 torch {torch}（Python {python}，{device}）下运行了两次，"
        "并与 torch {pinned} 记录的输出逐字比较：",
        "group": "输出",
        "count": "代码段数",
        "none_differ": "全部 {total} 段代码的输出与页面上显示的完全相同。",
        "rest_identical": "其余各段代码的输出与页面上显示的完全相同。",
        "problems": "运行时还报告了：",
    },
}

# The same anchors in both languages, so a translation's links hold.
ANCHORS = {TORCH_LINES: "drift-torch-lines", CONTENT: "drift-content"}


def _fence(text: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def render_drift(report: dict, lang: str) -> str:
    words = LABELS.get(lang, LABELS["en"])
    counts = report["counts"]
    lines = [
        words["summary"].format(
            torch=report["torch"],
            python=report["python"],
            device=report.get("device", "cpu").upper(),
            pinned=report["pinned_torch"],
        ),
        "",
        f"| {words['group']} | {words['count']} |",
        "| --- | ---: |",
        *(f"| {words[group]} | {counts.get(group, 0)} |" for group in GROUPS),
        "",
    ]
    if counts.get(IDENTICAL, 0) == report["total"]:
        lines += [words["none_differ"].format(total=report["total"]), ""]
        return "\n".join(lines)
    for group in GROUPS:
        if group == IDENTICAL:
            continue
        members = [
            (name, item)
            for name, item in sorted(report["snippets"].items())
            if item["group"] == group
        ]
        if not members:
            continue
        lines += [f"### {words[group]} {{#{ANCHORS[group]}}}", ""]
        for name, item in members:
            lines += [f"`{name}`", ""]
            if item.get("problems"):
                text = "\n".join(item["problems"])
                fence = _fence(text)
                lines += [words["problems"], "", f"{fence}text", text, fence, ""]
            diff = item.get("diff", "")
            if diff:
                fence = _fence(diff)
                lines += [f"{fence}diff", diff.rstrip("\n"), fence, ""]
    lines += [words["rest_identical"], ""]
    return "\n".join(lines)
