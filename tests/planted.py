"""Author mistakes planted into a throwaway project, for the fault tests.

Each ``Fault`` lives in its own folder (``snippets/<id>/``) and page
(``docs/<id>.md``), so several can share one project. A project always has a
healthy page and snippet too, so a fault is found among good content.
Expected outputs are recorded by the engine from real runs, never typed;
a fault that needs a stale output edits the recorded one afterwards.
"""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from verified.engine.pool import Pool
from verified.engine.snippet import Snippet
from verified.engine.verify import update_outputs

REPO = Path(__file__).resolve().parents[1]

MKDOCS_YML = """\
site_name: planted
strict: true
theme:
  name: material
  font: false
plugins:
  - verified
  - mkdocs-jupyter:
      include: ["*.ipynb"]
      execute: false
      include_source: true
      allow_errors: false
markdown_extensions:
  - pymdownx.arithmatex:
      generic: true
  - admonition
  - pymdownx.superfences
  - pymdownx.tabbed:
      alternate_style: true
  - pymdownx.snippets:
      base_path: !relative $config_dir/snippets
      check_paths: true
"""

GOOD_SNIPPET = """\
import torch

x = torch.ones(2, requires_grad=True)
print((x * 3).sum())
"""


def include_page(target: str, title: str = "Page") -> str:
    return f'# {title}\n\n```python\n--8<-- "{target}"\n```\n'


@dataclass
class Fault:
    id: str
    expect: list[str]  # every one of these must appear in the report
    location: str  # "file:line" that the report must name
    kinds: tuple[str, ...] = ()  # the Problem kinds it must produce
    snippet: str | None = None  # snippets/<id>/fault.py
    page: str | None = None  # docs/<id>.md; default: a page including the snippet
    record: bool = True  # record the snippet's output before planting the fault
    after_record: Callable[[Path], None] | None = None
    extra_files: dict[str, str] = field(default_factory=dict)

    def files(self) -> dict[str, str]:
        files = dict(self.extra_files)
        if self.snippet is not None:
            files[f"snippets/{self.id}/fault.py"] = textwrap.dedent(self.snippet)
        if self.page is not None:
            files[f"docs/{self.id}.md"] = textwrap.dedent(self.page)
        elif self.snippet is not None:
            files[f"docs/{self.id}.md"] = include_page(f"{self.id}/fault.py", self.id)
        return files


def _stale_output(root: Path) -> None:
    path = root / "snippets/mismatch/fault.out"
    lines = path.read_text().splitlines(keepends=True)
    lines[1] = "tensor([2., 2.])\n"  # what an older version of the snippet printed
    path.write_text("".join(lines))


FAULTS = [
    Fault(
        id="raises",
        kinds=("raised",),
        snippet="""\
            import torch

            x = torch.ones(2)
            x.sum().backward()
            """,
        record=False,
        location="snippets/raises/fault.py:4",
        expect=[
            "the snippet raised RuntimeError: element 0 of tensors does not require grad",
            "x.sum().backward()",
            "declare `# raises: RuntimeError`",
        ],
    ),
    Fault(
        id="not_raised",
        kinds=("not-raised",),
        snippet="""\
            # raises: RuntimeError
            import torch

            print(torch.ones(2).sum())
            """,
        record=False,
        location="snippets/not_raised/fault.py:1",
        expect=["declares `# raises: RuntimeError` but ran to the end without raising"],
    ),
    Fault(
        id="missing_output",
        kinds=("missing-output",),
        snippet=GOOD_SNIPPET,
        record=False,
        location="snippets/missing_output/fault.py",
        expect=[
            "no expected output is recorded (snippets/missing_output/fault.out is missing)",
            "run `make outputs`",
        ],
    ),
    Fault(
        id="mismatch",
        kinds=("mismatch",),
        snippet="""\
            import torch

            x = torch.ones(2, requires_grad=True)
            print(x)
            print(x * 3)
            """,
        after_record=_stale_output,
        location="snippets/mismatch/fault.py:5",
        expect=[
            "the output differs from snippets/mismatch/fault.out:2",
            "-tensor([2., 2.])",
            "+tensor([3., 3.], grad_fn=<MulBackward0>)",
            "run `make outputs` and review the diff",
        ],
    ),
    Fault(
        id="hang",
        kinds=("timeout",),
        snippet="""\
            # timeout: 2
            import time

            time.sleep(3600)
            """,
        record=False,
        location="snippets/hang/fault.py:4",
        expect=[
            "did not finish within 2 s (it was running line 4 when stopped)",
            "where each thread was when it was stopped:",
            'File "snippets/hang/fault.py", line 4',
        ],
    ),
    Fault(
        id="nondeterministic",
        kinds=("nondeterministic",),
        snippet="""\
            import uuid

            print("run", uuid.uuid4().hex[:8])
            """,
        record=False,
        location="snippets/nondeterministic/fault.py:3",
        expect=["the output differs between two runs", "seed every random generator"],
    ),
    Fault(
        id="address",
        kinds=("address",),
        snippet="""\
            import torch

            y = torch.ones(1, requires_grad=True) * 2
            print(y.grad_fn)
            """,
        record=False,
        location="snippets/address/fault.py:4",
        expect=["the output shows an object address", "`t.grad_fn.name()`"],
    ),
    Fault(
        id="warns",
        kinds=("warned",),
        snippet="""\
            import torch

            x = torch.ones(1, requires_grad=True)
            y = x * 2
            print(y.grad)
            """,
        record=False,
        location="snippets/warns/fault.py:5",
        expect=["undeclared UserWarning: The .grad attribute of a Tensor that is not a leaf"],
    ),
    Fault(
        id="bad_graph",
        kinds=("graph",),
        snippet="""\
            # graph: total
            import torch

            x = torch.ones(2, requires_grad=True)
            print((x * 2).sum())
            """,
        record=False,  # a bad directive is refused by `make outputs` too
        location="snippets/bad_graph/fault.py:1",
        expect=["cannot draw the autograd graph: `# graph: total` names no tensor"],
    ),
    Fault(
        id="missing_include",
        kinds=("missing-include",),
        page='# Missing\n\n```python\n--8<-- "demo/god.py"\n```\n',
        location="docs/missing_include.md:4",
        expect=[
            "the page includes snippets/demo/god.py, which does not exist",
            "did you mean 'demo/good.py'?",
        ],
    ),
    Fault(
        id="missing_section",
        kinds=("missing-section",),
        page='# Section\n\nThe setup:\n\n```text\n--8<-- "demo/good.py:setup"\n```\n',
        location="docs/missing_section.md:6",
        expect=["section 'setup' of snippets/demo/good.py, which has no such section"],
    ),
    Fault(
        id="inline_code",
        kinds=("inline-code",),
        page="# Inline\n\nSome prose.\n\n```python\nimport torch\nprint(torch.ones(1))\n```\n",
        location="docs/inline_code.md:5",
        expect=["Python code is written inline on the page", "move the code into snippets/"],
    ),
    Fault(
        id="bad_reference",
        kinds=("bad-reference",),
        page="# Quote\n\nThe error:\n\n<!-- verified-error: demo/good.py -->\n",
        location="docs/bad_reference.md:5",
        expect=["verified-error quotes snippets/demo/good.py, which declares no `# raises:`"],
    ),
    Fault(
        id="orphan",
        kinds=("orphan",),
        snippet=GOOD_SNIPPET,
        page="# Orphan\n\nThis page forgot its snippet.\n",
        location="snippets/orphan/fault.py",
        expect=["no page includes this snippet"],
    ),
]

FAULTS += [
    Fault(
        id="several_includes",
        kinds=("several-includes",),
        page='# Two\n\n```python\n--8<-- "demo/good.py"\n--8<-- "demo/good.py"\n```\n',
        location="docs/several_includes.md:3",
        expect=["one Python fence includes several snippets", "give each snippet its own fence"],
    ),
    Fault(
        id="partial_include",
        kinds=("partial-include",),
        page='# Part\n\n```python\n--8<-- "demo/good.py:1:2"\n```\n',
        location="docs/partial_include.md:4",
        expect=["a Python fence includes 'demo/good.py:1:2', not a whole snippet file"],
    ),
    Fault(
        id="nested_snippet",
        kinds=("nested-snippet",),
        page='# Nested\n\n!!! note\n\n    ```python\n    --8<-- "demo/good.py"\n    ```\n',
        location="docs/nested_snippet.md:5",
        expect=["a snippet fence is indented", "move the fence to the top level"],
    ),
    Fault(
        id="orphan_output",
        kinds=("orphan-output",),
        extra_files={"snippets/orphan_output/gone.out": "tensor([1.])\n"},
        location="snippets/orphan_output/gone.out",
        expect=["an expected output whose snippet does not exist"],
    ),
    Fault(
        id="no_language",
        kinds=("no-language",),
        page="# Bare\n\nThe output:\n\n```\ntensor([1.])\n```\n",
        location="docs/no_language.md:5",
        expect=["a code fence without a language", "```text for plain output"],
    ),
    Fault(
        id="stray_solution",
        kinds=("stray-solution",),
        page="# Exercise\n\n<!-- solution -->\n\nThe answer is 4.\n",
        location="docs/stray_solution.md:3",
        expect=["a `<!-- solution -->` line that no snippet fence follows"],
    ),
    Fault(
        id="missing_drift",
        kinds=("missing-drift-report",),
        page="# Drift\n\n<!-- verified-drift: 9.9.9 -->\n",
        location="docs/missing_drift.md:3",
        expect=["verification/drift-9.9.9.json does not exist", "make drift TORCH=9.9.9"],
    ),
    Fault(
        id="crashed",
        kinds=("crashed",),
        snippet="""\
            import os

            print("leaving")
            os._exit(3)
            """,
        record=False,
        location="snippets/crashed/fault.py",
        expect=["the snippet crashed the interpreter (exit status 3)"],
    ),
    Fault(
        id="not_warned",
        kinds=("not-warned",),
        snippet="""\
            # warns: UserWarning
            import torch

            print(torch.ones(2).sum())
            """,
        record=False,
        location="snippets/not_warned/fault.py:1",
        expect=["declares `# warns: UserWarning` but emitted no such warning"],
    ),
    Fault(
        id="flood",
        kinds=("flood",),
        snippet="""\
            step = 0
            while True:
                step += 1
                print("step", step, "x" * 100)
            """,
        record=False,
        location="snippets/flood/fault.py:4",
        expect=[
            "printed more than 1,000,000 characters (from print, at line 4)",
            "print a summary",
        ],
    ),
]

FAULTS_BY_ID = {fault.id: fault for fault in FAULTS}


def make_project(root: Path, faults: list[Fault], pool: Pool) -> Path:
    """Write a small healthy project plus ``faults`` under ``root``; record outputs for real."""
    files = {
        "mkdocs.yml": MKDOCS_YML,
        "docs/index.md": include_page("demo/good.py", "Home"),
        "snippets/demo/good.py": GOOD_SNIPPET,
    }
    for fault in faults:
        files.update(fault.files())
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    to_record = [Snippet(root, "demo/good.py")] + [
        Snippet(root, f"{fault.id}/fault.py")
        for fault in faults
        if fault.snippet is not None and fault.record
    ]
    _, problems = update_outputs(to_record, pool)
    assert not problems, problems
    for fault in faults:
        if fault.after_record:
            fault.after_record(root)
    return root


def copy_test_suite(root: Path) -> None:
    """Give a planted project the repository's own pytest front-end and tests."""
    for name in (
        "conftest.py",
        "pyproject.toml",
        "tests/conftest.py",
        "tests/planted.py",
        "tests/test_snippets.py",
        "tests/test_pages.py",
    ):
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / name, target)
