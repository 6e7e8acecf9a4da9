"""Versioned deploys: two versions side by side, alias latest, idempotent, never unverified.

Runs ``python -m verified deploy`` (mike) in a throwaway repository that pushes
to a local bare remote. The four deploys take about 20 s, so what they left on
the remote is kept as a replay (``replays.py``) and checked again, without
deploying, while neither the engine, the tests nor any installed package changed.
"""

import json
import os
import subprocess
import sys

import pytest

from planted import make_project
from replays import replayed

pytest.importorskip("mike", reason="mike (the doc stack) is not installed here")

GIT_ENV = {
    "GIT_AUTHOR_NAME": "test",
    "GIT_AUTHOR_EMAIL": "test@example.invalid",
    "GIT_COMMITTER_NAME": "test",
    "GIT_COMMITTER_EMAIL": "test@example.invalid",
    "NO_MKDOCS_2_WARNING": "1",
}


def git(cwd, *args):
    result = subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, env={**os.environ, **GIT_ENV}
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def deploy(root, version):
    return subprocess.run(
        [sys.executable, "-m", "verified", "deploy", "--version", version, "--push"],
        cwd=root,
        capture_output=True,
        text=True,
        env={**os.environ, **GIT_ENV},
        timeout=300,
    )


def remote_file(remote, path):
    return git(remote, "show", f"gh-pages:{path}")


def make_repo(tmp_path, pool):
    root = make_project(tmp_path / "work", [], pool)
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text().replace("  - verified\n", "  - verified\n  - mike\n")
        + "extra:\n  version:\n    provider: mike\n    default: latest\n"
    )
    (root / ".gitignore").write_text("site/\n.cache/\n")
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "-q", "--bare", str(remote))
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "docs")
    git(root, "remote", "add", "origin", str(remote))
    git(root, "push", "-q", "origin", "main")
    return root, remote


def _result(completed):
    return {
        "returncode": completed.returncode,
        "stdout": completed.stdout,
        "stderr": completed.stderr,
    }


def _deploy_four_times(tmp_path, pool) -> dict:
    """Deploy 2.12, 2.13, 2.13 again, then a 2.14 whose build fails verification;
    what the remote and the local gh-pages held after each step."""
    root, remote = make_repo(tmp_path, pool)
    seen = {"first": _result(deploy(root, "2.12"))}
    seen["tree_2.12"] = git(remote, "rev-parse", "gh-pages:2.12")
    seen["index_2.12"] = remote_file(remote, "2.12/index.html")
    seen["second"] = _result(deploy(root, "2.13"))
    seen["tree_2.12_after_2.13"] = git(remote, "rev-parse", "gh-pages:2.12")
    seen["versions"] = json.loads(remote_file(remote, "versions.json"))
    seen["root_index"] = remote_file(remote, "index.html")
    seen["tree_before_again"] = git(remote, "rev-parse", "gh-pages^{tree}")
    seen["again"] = _result(deploy(root, "2.13"))
    seen["tree_after_again"] = git(remote, "rev-parse", "gh-pages^{tree}")
    out = root / "snippets/demo/good.out"
    out.write_text(out.read_text().replace("6.", "7."))
    seen["head_before_failed"] = git(remote, "rev-parse", "gh-pages")
    seen["failed"] = _result(deploy(root, "2.14"))
    seen["remote_head_after_failed"] = git(remote, "rev-parse", "gh-pages")
    seen["local_head_after_failed"] = git(root, "rev-parse", "gh-pages")
    seen["versions_after_failed"] = json.loads(remote_file(remote, "versions.json"))
    return seen


def test_two_versions_side_by_side_and_a_failed_build_never_deploys(tmp_path, request):
    seen = replayed(
        "deploy", lambda: _deploy_four_times(tmp_path, request.getfixturevalue("snippet_pool"))
    )
    assert seen["first"]["returncode"] == 0, seen["first"]["stderr"][-3000:]
    assert "tensor(6., grad_fn=&lt;SumBackward0&gt;)" in seen["index_2.12"]

    assert seen["second"]["returncode"] == 0, seen["second"]["stderr"][-3000:]
    assert seen["tree_2.12_after_2.13"] == seen["tree_2.12"], "2.12 changed"
    versions = {v["version"]: v for v in seen["versions"]}
    assert set(versions) == {"2.12", "2.13"}
    assert versions["2.13"]["aliases"] == ["latest"]
    assert versions["2.12"]["aliases"] == []
    assert versions["2.13"]["title"] == "torch 2.13"
    assert 'url=latest/"' in seen["root_index"], "the root does not open latest"
    assert "set-default skipped" in seen["second"]["stdout"]  # set once, by the first deploy

    # Deploying the same version again changes nothing that is served.
    assert seen["again"]["returncode"] == 0, seen["again"]["stderr"][-3000:]
    assert seen["tree_after_again"] == seen["tree_before_again"]

    # A build that fails verification never reaches gh-pages.
    assert seen["failed"]["returncode"] != 0
    assert "the output differs from snippets/demo/good.out:1" in seen["failed"]["stderr"]
    assert seen["remote_head_after_failed"] == seen["head_before_failed"]
    assert seen["local_head_after_failed"] == seen["head_before_failed"]
    assert "2.14" not in {v["version"] for v in seen["versions_after_failed"]}
