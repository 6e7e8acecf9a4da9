"""The output normalisation rules: what they rewrite, and that CONTRIBUTING lists each one."""

from pathlib import Path

import pytest

from verified.engine.normalise import RULES, normalise

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("cuda", "cpu"),
    [
        ("tensor([1., 2.], device='cuda:0')", "tensor([1., 2.])"),
        (
            "tensor([3.], device='cuda:0', grad_fn=<AddBackward0>)",
            "tensor([3.], grad_fn=<AddBackward0>)",
        ),
        ("device(type='cuda', index=0)", "device(type='cpu')"),
        ("torch.cuda.FloatTensor", "torch.FloatTensor"),
        (
            "(Triggered internally at /__w/pytorch/pytorch/build/aten/src/ATen/core/TensorBody.h:493.)",
            "(Triggered internally at aten/src/ATen/core/TensorBody.h:493.)",
        ),
        (
            "/home/me/.venv/lib/python3.11/site-packages/torch/autograd/graph.py:829: UserWarning",
            "torch/autograd/graph.py:829: UserWarning",
        ),
    ],
)
def test_rule_rewrites(cuda, cpu):
    assert normalise(cuda) == cpu


def test_cpu_output_is_left_alone():
    text = "tensor([[1., 1.]], requires_grad=True)\nTrue False\n"
    assert normalise(text) == text


def test_contributing_lists_every_rule():
    contributing = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    table = [line for line in contributing.splitlines() if line.startswith("| ")]
    for rule in RULES:
        before = rule.example.split(" → ")[0]
        assert any(before.strip("`")[:30] in line for line in table), (
            f"CONTRIBUTING.md's normalisation table does not list: {rule.example}"
        )
    assert len([line for line in table if " → " in line]) == len(RULES)
