"""The words the build adds to pages (output titles, badges, notes), per language.

A page's language is its file's suffix (``backward.zh.md`` is Chinese); a page
without one is English. Keys are English; ``label(lang, key, **values)``.
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "output": "Output",
        "notebook_link": '<p class="verified-notebook-link">Run this chapter in Jupyter or Colab: <a href="{target}">the chapter as a notebook</a>.</p>',
        "notebook_header": "# {title}\n\nThis notebook is the chapter [{title}](../../{slug}/) of *Autograd, Verified*, cell for cell. The outputs stored in it are the verified ones: torch {torch} produced them on CPU when the site was built, each snippet in a fresh interpreter. Running the cells here, in one kernel, should print the same. Cells tagged `raises-exception` raise on purpose.",
        "figure_alt": "Figure {value} shown by snippets/{name}",
        "graph_alt": "Autograd graph of {value}, drawn from the run of snippets/{name}",
        "output_raises": "Output (raises {raises})",
        "output_on": "{title} on {device}",
        "quote_output": "Output of snippets/{name}",
        "quote_error": "Error of snippets/{name}",
        "quote_source_output": "Verified output of `snippets/{name}`, shown with its code in [{title}]({target}).",
        "quote_source_error": "Verified error of `snippets/{name}`, shown with its code in [{title}]({target}).",
        "badge_ok": "{device} ✓ torch {torch}",
        "badge_ok_title": "verified on {device} with torch {torch}",
        "badge_failed": "{device} ✗ failed",
        "badge_failed_title": "failed on {device}",
        "badge_preview": "CPU: not run in this preview",
        "badge_preview_title": "execution was off for this build",
        "badge_pending": "{device}: not yet verified",
        "badge_stale_title": "this snippet changed since its last {device} run",
        "badge_missing_title": "no {device} run recorded for this snippet",
        "note_title": "Verified",
        "solution": "Solution",
        "exercise_cell": "# Your solution here. The verified solution is in the next cell.",
        "reset_cell": "Each snippet on the site runs in a fresh interpreter. This cell makes every cell below start from torch's defaults too (print options, default dtype and device, grad mode, anomaly detection), so each prints what the page shows.",
        "note_one": "The output on this page was produced by torch {torch} on CPU when this site was built, from exactly the code shown.",
        "note_many": "Every one of the {count} outputs on this page was produced by torch {torch} on CPU when this site was built, from exactly the code shown.",
        "note_preview": "This preview shows the committed outputs (recorded with torch {torch}) without running them.",
        "footer_cpu": "Verified with torch {torch} on CPU",
        "footer_preview": "Preview: outputs shown from committed files, not run",
        "footer_cuda": "CUDA ({device}, torch {torch}): {verified} of {total} snippets verified",
        "footer_no_cuda": "CUDA: not yet verified (0 of {total} snippets)",
    },
    "zh": {
        "output": "输出",
        "notebook_link": '<p class="verified-notebook-link">在 Jupyter 或 Colab 中运行本章：<a href="{target}">本章的 notebook</a>。</p>',
        "notebook_header": "# {title}\n\n本 notebook 与章节 [{title}](../../{slug}/) 一一对应。其中保存的输出都是已验证的：构建本站时由 torch {torch} 在 CPU 上运行得到。",
        "figure_alt": "snippets/{name} 显示的第 {value} 张图",
        "graph_alt": "{value} 的计算图，取自 snippets/{name} 的运行",
        "output_raises": "输出（抛出 {raises}）",
        "output_on": "{device} 上的{title}",
        "quote_output": "snippets/{name} 的输出",
        "quote_error": "snippets/{name} 的报错",
        "quote_source_output": "`snippets/{name}` 的已验证输出，代码见 [{title}]({target})。",
        "quote_source_error": "`snippets/{name}` 的已验证报错，代码见 [{title}]({target})。",
        "badge_ok": "{device} ✓ torch {torch}",
        "badge_ok_title": "已在 {device} 上用 torch {torch} 验证",
        "badge_failed": "{device} ✗ 失败",
        "badge_failed_title": "在 {device} 上失败",
        "badge_preview": "CPU：本次预览未运行",
        "badge_preview_title": "本次构建关闭了执行",
        "badge_pending": "{device}：尚未验证",
        "badge_stale_title": "这段代码在上次 {device} 运行之后改过",
        "badge_missing_title": "这段代码没有 {device} 运行记录",
        "note_title": "已验证",
        "solution": "答案",
        "exercise_cell": "# 在这里写你的答案。已验证的答案在下一个单元格。",
        "reset_cell": "站点上的每段代码都在全新的解释器中运行。这个单元格让下面每个单元格也从 torch 的默认状态开始（打印选项、默认 dtype 与设备、梯度模式、异常检测），因此输出与页面一致。",
        "note_one": "本页的输出由 torch {torch} 在构建本站时于 CPU 上运行所示代码得到。",
        "note_many": "本页全部 {count} 段输出都由 torch {torch} 在构建本站时于 CPU 上运行所示代码得到。",
        "note_preview": "这是预览：显示的是已提交的输出（由 torch {torch} 记录），本次没有运行。",
        "footer_cpu": "已用 torch {torch} 在 CPU 上验证",
        "footer_preview": "预览：显示已提交的输出，未运行",
        "footer_cuda": "CUDA（{device}，torch {torch}）：{total} 段中 {verified} 段已验证",
        "footer_no_cuda": "CUDA：尚未验证（{total} 段中 0 段）",
    },
}


def page_language(src_uri: str) -> str:
    """``backward.zh.md`` -> ``zh``; ``backward.md`` -> ``en``."""
    parts = src_uri.rsplit("/", 1)[-1].split(".")
    return parts[-2] if len(parts) > 2 and parts[-2] in LABELS else "en"


def label(lang: str, key: str, **values: object) -> str:
    table = LABELS.get(lang, LABELS["en"])
    return table.get(key, LABELS["en"][key]).format(**values)
