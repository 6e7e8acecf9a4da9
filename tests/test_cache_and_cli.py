"""The run cache (a warm rebuild re-runs nothing) and the command line (update, check, drift)."""

import json

from planted import GOOD_SNIPPET, include_page
from verified.engine.cache import RunCache, cache_key
from verified.engine.snippet import Snippet
from verified.engine.verify import verify
from verified.frontends.cli import main as cli


def _project(root):
    (root / "snippets/demo").mkdir(parents=True)
    (root / "docs").mkdir()
    (root / "snippets/demo/good.py").write_text(GOOD_SNIPPET)
    (root / "docs/index.md").write_text(include_page("demo/good.py"))
    return Snippet(root, "demo/good.py")


def test_cache_key_covers_code_torch_device_and_python():
    base = cache_key("print(1)\n", "cpu", "2.13.0")
    assert base == cache_key("print(1)\n", "cpu", "2.13.0")
    assert base != cache_key("print(2)\n", "cpu", "2.13.0")
    assert base != cache_key("print(1)\n", "cuda", "2.13.0")
    assert base != cache_key("print(1)\n", "cpu", "2.14.0")


def test_a_warm_run_reruns_nothing_and_an_edit_reruns_that_snippet(tmp_path, snippet_pool):
    snippet = _project(tmp_path)
    assert cli(["--root", str(tmp_path), "update"]) == 0
    cache = RunCache(tmp_path)
    [cold] = verify([snippet], snippet_pool, cache=cache)
    [warm] = verify([snippet], snippet_pool, cache=cache)
    assert cold.ok and warm.ok
    assert not cold.run.cached and warm.run.cached
    snippet.path.write_text(GOOD_SNIPPET + "print('more')\n")
    [edited] = verify([snippet], snippet_pool, cache=cache)
    assert not edited.run.cached
    assert (
        edited.problems[0].kind == "mismatch"
    )  # the edit changed the output: not hidden by the cache


def test_update_records_outputs_and_the_torch_version(tmp_path, capsys):
    snippet = _project(tmp_path)
    assert cli(["--root", str(tmp_path), "update"]) == 0
    assert snippet.expected_path().read_text() == "tensor(6., grad_fn=<SumBackward0>)\n"
    record = json.loads((tmp_path / "snippets/recorded-with.json").read_text())
    import torch

    assert record["torch"] == torch.__version__.split("+")[0]
    assert "1 of 1 snippets recorded on cpu" in capsys.readouterr().out


def test_update_refuses_a_broken_snippet_and_says_why(tmp_path, capsys):
    snippet = _project(tmp_path)
    snippet.path.write_text("import torch\n\ntorch.ones(1).backward()\n")
    assert cli(["--root", str(tmp_path), "update"]) == 1
    assert not snippet.expected_path().exists()
    assert "snippets/demo/good.py:3: the snippet raised RuntimeError" in capsys.readouterr().err


def test_check_reports_drift_when_torch_differs_from_the_recorded_version(tmp_path, capsys):
    snippet = _project(tmp_path)
    assert cli(["--root", str(tmp_path), "update"]) == 0
    (tmp_path / "snippets/recorded-with.json").write_text(json.dumps({"torch": "2.0.0"}))
    snippet.expected_path().write_text("tensor(6., grad_fn=<SumBackward>)\n")  # an old printout
    assert cli(["--root", str(tmp_path), "check"]) == 1
    err = capsys.readouterr().err
    assert "torch drift: the output differs from snippets/demo/good.out:1" in err
    assert "recorded with torch 2.0.0; this run used torch" in err
    assert "-tensor(6., grad_fn=<SumBackward>)" in err


def test_cuda_update_refuses_without_a_gpu(tmp_path):
    import pytest
    import torch

    if torch.cuda.is_available():
        pytest.skip("a GPU is present: this checks the message on machines without one")
    _project(tmp_path)
    try:
        cli(["--root", str(tmp_path), "update", "--device", "cuda"])
    except SystemExit as stop:
        assert "sees no CUDA GPU here" in str(stop)
    else:
        raise AssertionError("expected SystemExit")
