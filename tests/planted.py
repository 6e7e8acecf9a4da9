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
from verified.engine.verify import record

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
        snippet="""\
            # timeout: 2
            import time

            time.sleep(3600)
            """,
        record=False,
        location="snippets/hang/fault.py:4",
        expect=["did not finish within 2 s (it was running line 4 when stopped)"],
    ),
    Fault(
        id="nondeterministic",
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
        snippet="""\
            # graph: total
            import torch

            x = torch.ones(2, requires_grad=True)
            print((x * 2).sum())
            """,
        location="snippets/bad_graph/fault.py:1",
        expect=["cannot draw the autograd graph: `# graph: total` names no tensor"],
    ),
    Fault(
        id="missing_include",
        page='# Missing\n\n```python\n--8<-- "demo/god.py"\n```\n',
        location="docs/missing_include.md:4",
        expect=[
            "the page includes snippets/demo/god.py, which does not exist",
            "did you mean 'demo/good.py'?",
        ],
    ),
    Fault(
        id="missing_section",
        page='# Section\n\nThe setup:\n\n```text\n--8<-- "demo/good.py:setup"\n```\n',
        location="docs/missing_section.md:6",
        expect=["section 'setup' of snippets/demo/good.py, which has no such section"],
    ),
    Fault(
        id="inline_code",
        page="# Inline\n\nSome prose.\n\n```python\nimport torch\nprint(torch.ones(1))\n```\n",
        location="docs/inline_code.md:5",
        expect=["Python code is written inline on the page", "move the code into snippets/"],
    ),
    Fault(
        id="bad_reference",
        page="# Quote\n\nThe error:\n\n<!-- verified-error: demo/good.py -->\n",
        location="docs/bad_reference.md:5",
        expect=["verified-error quotes snippets/demo/good.py, which declares no `# raises:`"],
    ),
    Fault(
        id="orphan",
        snippet=GOOD_SNIPPET,
        page="# Orphan\n\nThis page forgot its snippet.\n",
        location="snippets/orphan/fault.py",
        expect=["no page includes this snippet"],
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
    _, problems = record(to_record, pool)
    assert not problems, problems
    for fault in faults:
        if fault.after_record:
            fault.after_record(root)
    return root


def copy_test_suite(root: Path) -> None:
    """Give a planted project the repository's own pytest front-end and tests."""
    for name in ("conftest.py", "pyproject.toml", "tests/test_snippets.py", "tests/test_pages.py"):
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / name, target)
