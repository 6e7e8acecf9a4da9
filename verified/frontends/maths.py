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
