"""A snippet that changes torch's global state changes no other snippet's output."""

import random
from pathlib import Path

from verified.engine.normalise import normalise
from verified.engine.snippet import Snippet
from verified.engine.verify import update_outputs

MEDDLERS = {
    "grad_mode.py": "import torch\n\ntorch.set_grad_enabled(False)\nprint('grad off')\n",
    "dtype.py": "import torch\n\ntorch.set_default_dtype(torch.float64)\nprint('float64')\n",
    "printopts.py": "import torch\n\ntorch.set_printoptions(precision=1)\nprint('precision 1')\n",
    "seed.py": "import torch\n\ntorch.manual_seed(123)\nprint('seeded')\n",
    "anomaly.py": "import torch\n\ntorch.autograd.set_detect_anomaly(True)\nprint('anomaly on')\n",
    "warnings_off.py": "import warnings\n\nwarnings.simplefilter('ignore')\nprint('quiet')\n",
}

PROBE = """\
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True) / 3
print(torch.is_grad_enabled(), torch.get_default_dtype(), x)
print(torch.initial_seed() == 123)
print(torch.is_anomaly_enabled())
y = torch.ones(1, requires_grad=True) * 2
print(y.grad)
"""


def _project(tmp_path: Path) -> list[Snippet]:
    base = tmp_path / "snippets" / "state"
    base.mkdir(parents=True)
    for name, code in MEDDLERS.items():
        (base / name).write_text(code)
    (base / "probe.py").write_text("# warns: UserWarning\n" + PROBE)
    return [Snippet(tmp_path, f"state/{name}") for name in [*MEDDLERS, "probe.py"]]


def test_state_changes_do_not_leak_between_snippets(tmp_path, snippet_pool):
    snippets = _project(tmp_path)
    probe = snippets[-1]
    _, problems = update_outputs([probe], snippet_pool)  # the probe, run on its own
    assert not problems
    alone = probe.expected_path().read_text()
    assert "True torch.float32" in alone and "UserWarning" in alone

    worker = snippet_pool.workers[0]
    for seed in range(5):
        order = list(snippets)
        random.Random(seed).shuffle(order)
        outputs = {
            s.name: normalise(worker.run(_request(s))["output"]) for s in order
        }  # one worker, one after another, in a shuffled order
        assert outputs["state/probe.py"] == alone, f"order {[s.name for s in order]}"


def _request(snippet):
    from verified.engine.verify import run_request as request

    return request(snippet, snippet.read(), "cpu")


def test_the_second_run_of_each_pair_takes_a_shuffled_order(tmp_path, snippet_pool, monkeypatch):
    """The determinism pair doubles as the isolation check of the real snippets: the
    first worker runs them in order, the second in a shuffled one, so a snippet whose
    output depended on what ran before it would differ between its two runs."""
    base = tmp_path / "snippets" / "order"
    base.mkdir(parents=True)
    names = [f"s{i}.py" for i in range(8)]
    for name in names:  # each appends its name to a log shared by the runs of one worker
        (base / name).write_text(
            f"import os\nlog = '{tmp_path}/log-' + str(os.getppid())\n"
            f"open(log, 'a').write('{name} ')\nprint('ok')\n"
        )
    monkeypatch.setattr(snippet_pool, "shuffle_seed", 3)  # the session's pool, a known order
    snippet_pool.run_pairs([_request(Snippet(tmp_path, f"order/{n}")) for n in names])
    orders = sorted(path.read_text().split() for path in tmp_path.glob("log-*"))
    assert len(orders) == 2 and sorted(orders[0]) == sorted(orders[1]) == sorted(names)
    assert names in orders, orders  # one worker in page order ...
    assert orders[0] != orders[1]  # ... the other in another order
