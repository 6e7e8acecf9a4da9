"""The pure render functions: a page model and outcomes in, Markdown out. No MkDocs runs here."""

from pathlib import Path

from verified.engine.page_model import parse_page
from verified.engine.page_rules import Site
from verified.engine.record import Status
from verified.engine.site import Shown, SiteResult
from verified.frontends.render import PageContext, footer, render_output, render_page

PAGE = """\
# Demo

```python
--8<-- "demo/good.py"
```

Quoted:

<!-- verified-error: demo/raises.py -->

## Exercises {#exercises}

<!-- solution -->
```python
--8<-- "demo/raises.py"
```

<!-- verified-drift: 2.14.1 -->
"""


def _result(outputs=None, executed=True) -> SiteResult:
    page = parse_page("docs/demo.md", PAGE)
    ok = Status("cpu", "passed", "2.13.0")
    good = Shown("print(6)\n", outputs or {"cpu": "6\n"}, None, badges=[ok, None])
    raises = Shown(
        "import torch\nraise RuntimeError('boom')\n",
        {
            "cpu": "Traceback (most recent call last):\n"
            '  File "snippets/demo/raises.py", line 3, in <module>\n'
            "RuntimeError: boom\n"
        },
        "RuntimeError",
        badges=[ok, Status("cuda", "stale", "2.11.0")],
        first_line=2,  # "# raises: RuntimeError" on line 1 is not shown
    )
    site = Site(
        pages=[page],
        problems=[],
        included_by={"demo/good.py": ["docs/demo.md:4"], "demo/raises.py": ["docs/demo.md:15"]},
    )
    return SiteResult(
        root=Path("/nowhere"),
        site=site,
        shown={"demo/good.py": good, "demo/raises.py": raises},
        executed=executed,
        torch_versions=["2.13.0"] if executed else [],
        cpu_record=None,
        cuda_record=None,
        problems=[],
    )


def _render(result=None, **context) -> str:
    result = result or _result()
    page = result.site.pages[0]
    ctx = PageContext(
        result=result,
        url="demo/",
        titles={"docs/demo.md": "Demo"},
        drift=lambda version, lang: f"DRIFT {version} {lang}",
        **context,
    )
    return render_page(page, page.body, ctx)


def test_the_code_shown_is_the_displayed_code_with_its_output_right_under_it():
    text = _render()
    code = text.index('```python title="snippets/demo/good.py"\nprint(6)\n```')
    output = text.index('```{ .text .verified-output title="Output" }\n6\n```')
    assert code < output < text.index("Quoted:")
    assert '--8<-- "demo/good.py"' not in text
    assert "CPU ✓ torch 2.13.0" in text[output:]


def test_a_solution_is_collapsed_with_its_output_inside():
    text = _render()
    start = text.index('??? success "Solution"')
    inside = text[start:].split("\n\n<!--", 1)[0]
    assert '    ```python title="snippets/demo/raises.py" linenums="2"' in inside
    assert '    ```{ .text .verified-output title="Output (raises RuntimeError)" }' in inside
    assert "    RuntimeError: boom" in inside
    assert "this snippet changed since its last CUDA run" in inside  # the stale CUDA badge


def test_an_error_quote_shows_only_the_message_and_links_to_the_code():
    text = _render()
    quote = text[text.index("Quoted:") : text.index("## Exercises")]
    assert "RuntimeError: boom" in quote and "Traceback" not in quote
    assert "shown with its code in [Demo](demo.md)" in quote


def test_drift_markers_and_the_verified_note():
    text = _render()
    assert "DRIFT 2.14.1 en" in text
    assert "Every one of the 2 outputs on this page was produced by torch 2.13.0" in text


def test_a_preview_says_it_ran_nothing():
    text = _render(_result(executed=False))
    assert "without running them" in text


def test_per_device_outputs_become_tabs():
    text = render_output({"cpu": "6\n", "cuda": "6.0\n"}, "Output")
    assert '=== "Output on CPU"' in text and '=== "Output on CUDA"' in text
    assert "    6.0" in text


def test_the_notebook_link_follows_the_title():
    text = _render(notebook="notebooks/demo.ipynb")
    lines = text.splitlines()
    assert lines[0] == "# Demo" and 'href="../notebooks/demo/"' in lines[2]


def test_chinese_labels():
    text = _render(lang="zh")
    assert '??? success "答案"' in text and 'title="输出"' in text and "DRIFT 2.14.1 zh" in text


def test_footer_counts_cuda_ticks_over_every_snippet():
    assert footer(_result(), "en").endswith("CUDA: not yet verified (0 of 2 snippets)")


def test_directive_comments_are_hidden_and_the_first_line_is_known():
    from verified.engine.snippet import displayed_code, first_displayed_line

    code = "# raises: RuntimeError\n# graph: y\n\n# A comment readers need.\nimport torch\n"
    assert displayed_code(code) == "# A comment readers need.\nimport torch\n"
    assert first_displayed_line(code) == 4
    plain = "import torch\n# raises: not a directive here\n"
    assert displayed_code(plain) == plain and first_displayed_line(plain) == 1
