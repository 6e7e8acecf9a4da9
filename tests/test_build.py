"""What the build puts on a page: titled code, output right under it, device tabs, version note."""

import re

import pytest

from planted import include_page, make_project

mkdocs = pytest.importorskip("mkdocs", reason="the doc stack (mkdocs) is not installed here")

RAISES = """\
# raises: RuntimeError
import torch

x = torch.ones(2)
x.sum().backward()
"""


def _build(root):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    build(load_config(str(root / "mkdocs.yml")))
    return (root / "site" / "index.html").read_text()


@pytest.fixture
def project(tmp_path, snippet_pool):
    root = make_project(tmp_path, [], snippet_pool)
    (root / "snippets/demo/raises.py").write_text(RAISES)
    (root / "docs/index.md").write_text(
        include_page("demo/good.py", "Home")
        + '\nText between.\n\n```python\n--8<-- "demo/raises.py"\n```\n'
    )
    from verified.engine.snippet import Snippet
    from verified.engine.verify import update_outputs

    update_outputs([Snippet(root, "demo/raises.py")], snippet_pool)
    return root


def _text(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def test_output_sits_under_the_code_that_printed_it(project):
    html = _build(project)
    code = html.index("snippets/demo/good.py")
    output = html.index("tensor(6., grad_fn=&lt;SumBackward0&gt;)")
    between = html[code:output]
    assert "Text between" not in between and "Output" in between


def test_an_expected_error_shows_its_traceback(project):
    text = _text(_build(project))
    assert "Output (raises RuntimeError)" in text
    assert 'File "snippets/demo/raises.py", line 5, in &lt;module&gt;' in text
    assert "RuntimeError: element 0 of tensors does not require grad" in text


def test_the_page_names_the_torch_version_of_this_run(project):
    import torch

    text = _text(_build(project))
    assert f"produced by torch {torch.__version__} on CPU" in text


def test_a_per_device_output_shows_as_tabs(project):
    # A stand-in for an output recorded on a GPU by `make outputs DEVICE=cuda`
    # (this test checks the rendering, not CUDA).
    cpu = (project / "snippets/demo/good.out").read_text()
    (project / "snippets/demo/good.cuda.out").write_text(cpu.replace("6.", "6.0000"))
    html = _build(project)
    assert "Output on CPU" in html and "Output on CUDA" in html
    assert "tabbed-set" in html
    assert "tensor(6.0000, grad_fn" in html


def test_execution_off_renders_committed_outputs_and_says_so(project, monkeypatch):
    monkeypatch.setenv("VERIFIED_EXECUTE", "0")
    text = _text(_build(project))
    assert "tensor(6., grad_fn=&lt;SumBackward0&gt;)" in text
    assert "without running them" in text


def test_maths_becomes_mathml_at_build_time(project):
    page = project / "docs/index.md"
    page.write_text(
        page.read_text() + "\nInline $x^2 + 1$ and display:\n\n$$\n\\frac{dy}{dx} = 2x\n$$\n"
    )
    html = _build(project)
    assert html.count("<math ") == 2
    assert "\\(" not in html and "\\[" not in html


def test_badges_come_from_the_verification_record(project, snippet_pool):
    import torch

    from verified.engine.record import Record

    html = _build(project)
    assert f"CPU ✓ torch {torch.__version__}" in html
    assert "CUDA: not yet verified" in html
    assert "CUDA: not yet verified (0 of 2 snippets)" in html  # the footer
    written = Record.load(project / "site/verification/cpu.json")
    good = (project / "snippets/demo/good.py").read_text()
    assert written.status("demo/good.py", good).verified

    # A CUDA record for the current bytes gives a tick; after an edit, never a stale one.
    cuda = Record.new("cuda", "2.13.0+cu128", "Test GPU")
    cuda.add("demo/good.py", good, passed=True)
    cuda.write(project / "verification/cuda.json")
    html = _build(project)
    assert "CUDA ✓ torch 2.13.0+cu128" in html
    assert "CUDA (Test GPU, torch 2.13.0+cu128): 1 of 2 snippets verified" in html
    (project / "snippets/demo/good.py").write_text(good + "print('edited')\n")
    from verified.engine.snippet import Snippet
    from verified.engine.verify import update_outputs

    update_outputs([Snippet(project, "demo/good.py")], snippet_pool)
    html = _build(project)
    assert "CUDA ✓" not in html
    assert "this snippet changed since its last CUDA run" in html


def test_a_page_quotes_verified_outputs_and_errors_without_retyping(project):
    (project / "docs/quotes.md").write_text(
        "# Quotes\n\n<!-- verified-output: demo/good.py -->\n\n<!-- verified-error: demo/raises.py -->\n"
    )
    _build(project)
    html = (project / "site/quotes/index.html").read_text()
    text = _text(html)
    assert "Output of snippets/demo/good.py" in text
    assert "tensor(6., grad_fn=&lt;SumBackward0&gt;)" in text
    assert "Error of snippets/demo/raises.py" in text
    assert "RuntimeError: element 0 of tensors does not require grad" in text
    assert "Traceback" not in text  # an error quote is the message, not the frames
    assert 'href="../">Home</a>' in html  # links to the page that shows the code


FIGURE_AND_GRAPH = """\
# graph: y
import matplotlib.pyplot as plt
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x * x).sum()
print(y)
plt.plot([1, 2, 3], [3, 1, 2])
plt.show()
"""


def _with_pictures(project, snippet_pool):
    from verified.engine.snippet import Snippet
    from verified.engine.verify import update_outputs

    (project / "snippets/demo/pictures.py").write_text(FIGURE_AND_GRAPH)
    (project / "docs/pictures.md").write_text(include_page("demo/pictures.py", "Pictures"))
    update_outputs([Snippet(project, "demo/pictures.py")], snippet_pool)


def test_figures_and_autograd_graphs_appear_under_the_output(project, snippet_pool):
    _with_pictures(project, snippet_pool)
    _build(project)
    html = (project / "site/pictures/index.html").read_text()
    figure = project / "site/assets/verified/demo/pictures-figure-1.svg"
    graph = project / "site/assets/verified/demo/pictures-graph-y.svg"
    assert figure.read_text().startswith("<?xml") and "<svg" in figure.read_text()
    svg = graph.read_text()
    assert "SumBackward0" in svg and "MulBackward0" in svg and "x (2)" in svg
    assert 'src="../assets/verified/demo/pictures-figure-1.svg"' in html
    assert html.index("tensor(5., grad_fn") < html.index("pictures-figure-1.svg")


def test_a_missing_graphviz_stops_the_build_with_a_clear_message(
    project, snippet_pool, monkeypatch, caplog
):
    from mkdocs.exceptions import Abort

    from verified.engine import graphs

    _with_pictures(project, snippet_pool)
    monkeypatch.setattr(graphs.shutil, "which", lambda name: None)
    with pytest.raises(Abort):
        _build(project)
    report = "\n".join(r.getMessage() for r in caplog.records if r.levelname == "ERROR")
    assert "snippets/demo/pictures.py: the build draws autograd graphs with Graphviz" in report
    assert "apt-get install graphviz" in report
