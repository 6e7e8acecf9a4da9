"""Output normalisation: the few rewrites applied to every output before it is compared.

They run on every run, CPU ones included: three make CUDA output read as CPU
output (device suffixes, device objects, legacy type names), and two drop what
depends on where torch was built or installed (its build paths in warnings,
site-packages prefixes), so an output recorded on one machine holds on another.
Each rule is listed in CONTRIBUTING.md (a test keeps the two in step). Output
that still differs after these rules is a real difference: record a per-device
expected output instead of adding a rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    replacement: str
    example: str  # what the rule rewrites, as written in CONTRIBUTING.md


RULES: tuple[Rule, ...] = (
    Rule(
        re.compile(r",\s*device='cuda(?::\d+)?'"),
        "",
        "`tensor([1.], device='cuda:0')` → `tensor([1.])`",
    ),
    Rule(
        re.compile(r"device\(type='cuda'(?:, index=\d+)?\)"),
        "device(type='cpu')",
        "`device(type='cuda', index=0)` → `device(type='cpu')`",
    ),
    Rule(
        re.compile(r"torch\.cuda\.(\w+Tensor)\b"),
        r"torch.\1",
        "`torch.cuda.FloatTensor` → `torch.FloatTensor`",
    ),
    Rule(
        re.compile(r"(Triggered internally at )\S*?[/\\]((?:aten|c10|torch)[/\\]\S+)"),
        r"\1\2",
        "`(Triggered internally at /__w/pytorch/build/aten/x.h:9.)` → `(… at aten/x.h:9.)`",
    ),
    Rule(
        re.compile(r"(?:[A-Za-z]:)?[^\s\"']*[/\\](?:site|dist)-packages[/\\]"),
        "",
        "`/any/venv/lib/python3.11/site-packages/torch/x.py` → `torch/x.py`",
    ),
)


def normalise(text: str) -> str:
    for rule in RULES:
        text = rule.pattern.sub(rule.replacement, text)
    return text
