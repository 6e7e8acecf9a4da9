"""The page model: one parse of a page, read by the build, notebooks, translations and rules."""

from verified.engine.page_model import Fence, Prose, parse_page

PAGE = """\
---
translated_from: abc
---
# Title with `code`

Intro, see [next](backward.md#the-chain-rule) and [out](https://example.invalid/).

```python
--8<-- "demo/good.py"
```

## A section {#explicit-id}

<!-- verified-output: demo/good.py -->

```text
plain
```

### Exercise

<!-- solution -->

```python
--8<-- "demo/solution.py"
```

!!! note

    ```python
    --8<-- "demo/nested.py"
    ```
"""


def test_front_matter_is_split_off_and_line_numbers_stay_those_of_the_file():
    page = parse_page("docs/x.md", PAGE)
    assert page.meta == {"translated_from": "abc"}
    assert page.body.startswith("# Title")
    assert page.body_line == 3
    first = page.fences[0]
    assert (first.start, first.end) == (8, 10)
    assert first.includes[0].line == 9
    assert PAGE.splitlines()[first.start - 1] == "```python"


def test_blocks_alternate_prose_and_fences_in_page_order():
    page = parse_page("docs/x.md", PAGE)
    kinds = [type(block) for block in page.blocks]
    assert kinds == [Prose, Fence, Prose, Fence, Prose, Fence, Prose, Fence]
    assert sum(len(b.lines) for b in page.prose) + sum(
        f.end - f.start + 1 for f in page.fences
    ) == len(page.body.splitlines())


def test_snippet_fences_solutions_and_nested_fences():
    page = parse_page("docs/x.md", PAGE)
    assert page.snippets == ["demo/good.py", "demo/solution.py"]
    assert [f.solution for f in page.snippet_fences] == [False, True]
    nested = page.fences[-1]
    assert nested.indent == "    " and nested.snippet is None
    assert nested.includes[0].path == "demo/nested.py"


def test_headings_quotes_links_and_title():
    page = parse_page("docs/x.md", PAGE)
    assert [(h.level, h.anchor) for h in page.headings] == [
        (1, "title-with-code"),
        (2, "explicit-id"),
        (3, "exercise"),
    ]
    assert [(q.what, q.target, q.line) for q in page.quotes] == [("output", "demo/good.py", 14)]
    assert page.links == ["backward.md#the-chain-rule"]
    assert page.title == "Title with code"


def test_include_sections_ranges_and_escapes():
    page = parse_page(
        "docs/y.md",
        '```text\n--8<-- "a/b.py:setup"\n--8<-- "a/b.py:2:4"\n;--8<-- "a/c.py"\n```\n',
    )
    first, second = page.fences[0].includes
    assert (first.path, first.section) == ("a/b.py", "setup")
    assert (second.path, second.section) == ("a/b.py", None)
    assert len(page.fences[0].includes) == 2  # the escaped line is not an include


def test_an_unclosed_fence_runs_to_the_end():
    page = parse_page("docs/z.md", "# T\n\n```python\nprint(1)\n")
    assert page.fences[0].content == ["print(1)"] and page.fences[0].end == 4
