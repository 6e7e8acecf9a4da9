"""Maths rendered to MathML at build time: no script, no font download, no CDN.

pymdownx.arithmatex (generic mode) leaves ``$...$`` as
``<span class="arithmatex">\\(...\\)</span>`` and ``$$...$$`` as
``<div class="arithmatex">\\[...\\]</div>``; this turns the TeX inside into
MathML with latex2mathml, which browsers render natively.
"""

from __future__ import annotations

import html
import re

from latex2mathml.converter import convert

MATH_RE = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">\s*\\(?P<open>[(\[])(?P<tex>.*?)\\[)\]]\s*</(?P=tag)>',
    re.DOTALL,
)


class MathError(ValueError):
    pass


def render_maths(page_html: str, where: str) -> str:
    def replace(match: re.Match[str]) -> str:
        tex = html.unescape(match.group("tex")).strip()
        display = "block" if match.group("open") == "[" else "inline"
        try:
            mathml = convert(tex, display=display)
        except Exception as error:  # any converter failure is the author's formula
            raise MathError(f"{where}: cannot render the formula ${tex}$: {error}") from error
        mathml = mathml.replace("<math ", f'<math aria-label="{html.escape(tex)}" ', 1)
        tag = match.group("tag")
        return f'<{tag} class="arithmatex">{mathml}</{tag}>'

    return MATH_RE.sub(replace, page_html)


_NOT_PROSE = re.compile(
    r"(<pre.*?</pre>|<code.*?</code>|<script.*?</script>|<style.*?</style>)", re.S
)
_DISPLAY = re.compile(r"\$\$(.+?)\$\$", re.S)
_INLINE = re.compile(r"(?<![\\$\w])\$(?!\s)((?:[^$\n]|\n(?!\n))+?)(?<!\s)\$(?![\w$])")


def render_notebook_maths(page_html: str, where: str) -> str:
    """Notebook pages keep Jupyter's ``$...$`` in their Markdown cells: turn it into MathML too."""

    def convert_tex(tex: str, display: str) -> str:
        tex = html.unescape(tex).strip()
        try:
            mathml = convert(tex, display=display)
        except Exception as error:  # any converter failure is the author's formula
            raise MathError(f"{where}: cannot render the formula ${tex}$: {error}") from error
        return mathml.replace("<math ", f'<math aria-label="{html.escape(tex)}" ', 1)

    parts = _NOT_PROSE.split(page_html)
    for index in range(0, len(parts), 2):  # even parts are prose, odd ones code or scripts
        text = _DISPLAY.sub(lambda m: convert_tex(m.group(1), "block"), parts[index])
        parts[index] = _INLINE.sub(lambda m: convert_tex(m.group(1), "inline"), text)
    return "".join(parts)
