"""Torch drift: the three groups, the report's bytes, and the drift environment's requirements."""

import json

import pytest

from verified.engine.drift import (
    CONTENT,
    IDENTICAL,
    TORCH_LINES,
    build_report,
    classify,
    dumps,
    entry,
    mask_torch_lines,
    requirements,
)

NON_LEAF = (
    "snippets/backward/non_leaf_grad.py:10: UserWarning: The .grad attribute of a Tensor "
    "that is not a leaf Tensor is being accessed. (Triggered internally at "
    "aten/src/ATen/core/TensorBody.h:{line}.)\n"
    "  print(y.grad)\n"
    "None\n"
)
CREATE_GRAPH = (
    "torch/autograd/graph.py:{py}: UserWarning: Using backward() with create_graph=True will "
    "create a reference cycle (Triggered internally at torch/csrc/autograd/engine.cpp:{cpp}.)\n"
    "  return Variable._execution_engine.run_backward(\n"
    "tensor(12., grad_fn=<CopyBackwards>)\n"
)


def test_the_same_text_is_identical():
    text = NON_LEAF.format(line=493)
    assert classify(text, text) == IDENTICAL


@pytest.mark.parametrize(
    ("expected", "actual"),
    [
        (NON_LEAF.format(line=493), NON_LEAF.format(line=488)),
        (CREATE_GRAPH.format(py=979, cpp=1307), CREATE_GRAPH.format(py=1072, cpp=1382)),
        (CREATE_GRAPH.format(py=979, cpp=1307), CREATE_GRAPH.format(py=979, cpp=1382)),
        (
            'Traceback (most recent call last):\n  File "torch/autograd/__init__.py", line 353\n',
            'Traceback (most recent call last):\n  File "torch/autograd/__init__.py", line 360\n',
        ),
        (  # a build path the normaliser leaves alone: the clause names torch's C++ anyway
            "w (Triggered internally at /build/caffe2/engine.cpp:12.)\n",
            "w (Triggered internally at /build/caffe2/engine.cpp:14.)\n",
        ),
        ("c10/util/Exception.h:5: x\n", "c10/util/Exception.h:7: x\n"),
        ("torch\\autograd\\graph.py:979: x\n", "torch\\autograd\\graph.py:1072: x\n"),
    ],
)
def test_only_line_numbers_inside_torch_files_differ(expected, actual):
    assert classify(expected, actual) == TORCH_LINES


@pytest.mark.parametrize(
    ("expected", "actual"),
    [
        # a content change next to a line-number change is content
        (
            NON_LEAF.format(line=493),
            NON_LEAF.format(line=488).replace("None\n", "tensor([1.])\n"),
        ),
        (
            CREATE_GRAPH.format(py=979, cpp=1307),
            CREATE_GRAPH.format(py=1072, cpp=1382).replace("CopyBackwards", "CloneBackward0"),
        ),
        # the torch source line Python quotes under a warning is content, not a location
        (
            CREATE_GRAPH.format(py=979, cpp=1307),
            CREATE_GRAPH.format(py=1072, cpp=1307).replace("run_backward(", "run_backward_("),
        ),
        # a line in the snippet's own file, or in any file outside torch
        (
            "snippets/older/volatile.py:6: UserWarning: x\n",
            "snippets/older/volatile.py:7: UserWarning: x\n",
        ),
        ("snippets/torch/x.py:3: w\n", "snippets/torch/x.py:4: w\n"),
        ("mytorch/x.py:3: w\n", "mytorch/x.py:4: w\n"),
        ("numpy/core/x.py:3: w\n", "numpy/core/x.py:4: w\n"),
        (
            '  File "snippets/a/b.py", line 8, in <module>\n',
            '  File "snippets/a/b.py", line 9, in <module>\n',
        ),
        # the warning now comes from another torch file: only the number is masked
        ("torch/autograd/graph.py:979: w\n", "torch/autograd/engine.py:979: w\n"),
        # numbers that are not locations
        ("tensor([2., 2., 2.])\n", "tensor([2., 2., 3.])\n"),
        ("torch 2.13.0\n", "torch 2.14.1\n"),
        ("ratio aten:3\n", "ratio aten:4\n"),
        # a line more or less
        (NON_LEAF.format(line=493), NON_LEAF.format(line=493) + "\n"),
        ("a\n", ""),
    ],
)
def test_anything_else_is_content(expected, actual):
    assert classify(expected, actual) == CONTENT


def test_masking_keeps_the_file_and_hides_only_the_number():
    masked = mask_torch_lines(CREATE_GRAPH.format(py=979, cpp=1307))
    assert masked.startswith("torch/autograd/graph.py:<line>: UserWarning")
    assert "(Triggered internally at torch/csrc/autograd/engine.cpp:<line>.)" in masked
    assert "tensor(12., grad_fn=<CopyBackwards>)" in masked


def test_a_run_with_problems_is_content_even_if_it_printed_the_same():
    item = entry("x\n", "x\n", ["snippets/a.py: the output differs between two runs"], "e", "a")
    assert item["group"] == CONTENT
    assert item["problems"] == ["snippets/a.py: the output differs between two runs"]


def test_a_snippet_that_now_raises_is_content_with_its_diff():
    actual = "Traceback (most recent call last):\nRuntimeError: new\n"
    item = entry(
        "ok\n", actual, ["snippets/a.py:3: the snippet raised RuntimeError: new"], "e", "a"
    )
    assert item["group"] == CONTENT
    assert "-ok\n" in item["diff"] and "+RuntimeError: new\n" in item["diff"]


def test_entries_carry_a_diff_unless_identical():
    assert entry("x\n", "x\n", [], "e", "a") == {"group": IDENTICAL}
    item = entry(NON_LEAF.format(line=493), NON_LEAF.format(line=488), [], "old.out", "new.py")
    assert item["group"] == TORCH_LINES
    assert item["diff"].startswith("--- old.out\n+++ new.py\n")
    assert "-snippets/backward/non_leaf_grad.py:10: UserWarning" in item["diff"]
    assert "TensorBody.h:488.)" in item["diff"]
    assert entry(None, "x\n", [], "e", "a")["group"] == CONTENT


def test_the_report_counts_groups_and_writes_the_same_bytes_every_time():
    entries = {
        "snippets/b.py": {"group": TORCH_LINES, "diff": "-1\n+2\n"},
        "snippets/a.py": {"group": IDENTICAL},
        "snippets/c.py": {"group": IDENTICAL},
    }
    report = build_report(entries, "2.14.1+cu130", "2.13.0", "3.11.7")
    assert report["counts"] == {IDENTICAL: 2, TORCH_LINES: 1, CONTENT: 0}
    assert report["total"] == 3
    assert report["torch"] == "2.14.1+cu130" and report["pinned_torch"] == "2.13.0"
    shuffled = build_report(dict(reversed(entries.items())), "2.14.1+cu130", "2.13.0", "3.11.7")
    assert dumps(report) == dumps(shuffled)
    assert list(json.loads(dumps(report))["snippets"]) == [
        "snippets/a.py",
        "snippets/b.py",
        "snippets/c.py",
    ]
    assert dumps(report).endswith("}\n")


def test_requirements_swap_the_torch_pin_and_keep_the_others():
    pins = ["torch==2.13.0", "numpy==2.4.6", "matplotlib==3.11.2"]
    assert requirements(pins, "2.14.1") == ["torch==2.14.1", "numpy==2.4.6", "matplotlib==3.11.2"]
    assert requirements(["Torch >= 2", "torchvision==0.1"], "2.14.1") == [
        "torch==2.14.1",
        "torchvision==0.1",
    ]


def test_requirements_come_from_pyproject(capsys):
    import tomllib
    from pathlib import Path

    from verified.frontends.cli import main as cli

    root = Path(__file__).resolve().parents[1]
    pins = tomllib.loads((root / "pyproject.toml").read_text())["project"]["dependencies"]
    assert cli(["--root", str(root), "drift", "--requirements", "9.9.9"]) == 0
    printed = capsys.readouterr().out.split()
    assert printed[0] == "torch==9.9.9"
    assert sorted(printed[1:]) == sorted(p.split("#")[0].strip() for p in pins if "torch" not in p)
    assert any(p.startswith("numpy==") for p in printed)
    assert any(p.startswith("matplotlib==") for p in printed)


def test_the_drift_command_runs_every_snippet_with_the_given_interpreter(tmp_path, capsys):
    import sys

    from verified.frontends.cli import main as cli

    snippets = {
        "same.py": ("import torch\n\nprint(torch.ones(2).sum())\n", "tensor(2.)\n"),
        "moved.py": (
            'print("(Triggered internally at aten/src/ATen/core/TensorBody.h:488.)")\n',
            "(Triggered internally at aten/src/ATen/core/TensorBody.h:493.)\n",
        ),
        "changed.py": ("print(1)\n", "2\n"),
        "raises.py": ('raise ValueError("new")\n', "ok\n"),
    }
    (tmp_path / "snippets/demo").mkdir(parents=True)
    for name, (code, out) in snippets.items():
        (tmp_path / "snippets/demo" / name).write_text(code)
        (tmp_path / "snippets/demo" / name).with_suffix(".out").write_text(out)
    (tmp_path / "snippets/recorded-with.json").write_text('{"torch": "2.0.0"}\n')
    argv = ["--root", str(tmp_path), "drift", "--python", sys.executable]
    assert cli(argv) == 0
    import torch

    version = torch.__version__.split("+")[0]
    written = (tmp_path / f"verification/drift-{version}.json").read_text()
    report = json.loads(written)
    assert dumps(report) == written
    assert report["torch"] == torch.__version__ and report["pinned_torch"] == "2.0.0"
    groups = {name: item["group"] for name, item in report["snippets"].items()}
    assert groups == {
        "snippets/demo/changed.py": CONTENT,
        "snippets/demo/moved.py": TORCH_LINES,
        "snippets/demo/raises.py": CONTENT,
        "snippets/demo/same.py": IDENTICAL,
    }
    raised = report["snippets"]["snippets/demo/raises.py"]
    assert "the snippet raised ValueError: new" in raised["problems"][0]
    assert "+ValueError: new\n" in raised["diff"]
    assert (
        "--- snippets/demo/changed.out (torch 2.0.0)\n"
        in report["snippets"]["snippets/demo/changed.py"]["diff"]
    )
    out = capsys.readouterr().out
    assert "identical: 1" in out and "torch-lines: 1" in out and "content: 2" in out


def test_the_drift_command_says_when_the_interpreter_cannot_run(tmp_path):
    from verified.frontends.cli import main as cli

    with pytest.raises(SystemExit, match="cannot run"):
        cli(["--root", str(tmp_path), "drift", "--python", str(tmp_path / "no-python")])
