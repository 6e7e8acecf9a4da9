"""Versioned deploys: two versions side by side, alias latest, idempotent, never unverified.

Runs ``python -m verified deploy`` (mike) in a throwaway repository that pushes
to a local bare remote.
"""

import json
import os
import subprocess
import sys

import pytest

from planted import make_project

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


@pytest.fixture
def repo(tmp_path, snippet_pool):
    root = make_project(tmp_path / "work", [], snippet_pool)
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


def test_two_versions_side_by_side_and_a_failed_build_never_deploys(repo):
    root, remote = repo
    first = deploy(root, "2.12")
    assert first.returncode == 0, first.stderr[-3000:]
    first_tree = git(remote, "rev-parse", "gh-pages:2.12")
    assert "tensor(6., grad_fn=&lt;SumBackward0&gt;)" in remote_file(remote, "2.12/index.html")

    second = deploy(root, "2.13")
    assert second.returncode == 0, second.stderr[-3000:]
    assert git(remote, "rev-parse", "gh-pages:2.12") == first_tree, "2.12 changed"
    versions = {v["version"]: v for v in json.loads(remote_file(remote, "versions.json"))}
    assert set(versions) == {"2.12", "2.13"}
    assert versions["2.13"]["aliases"] == ["latest"]
    assert versions["2.12"]["aliases"] == []
    assert versions["2.13"]["title"] == "torch 2.13"
    assert 'url=latest/"' in remote_file(remote, "index.html"), "the root does not open latest"
    assert "set-default skipped" in second.stdout  # set once, by the first deploy

    # Deploying the same version again changes nothing that is served.
    before = git(remote, "rev-parse", "gh-pages^{tree}")
    again = deploy(root, "2.13")
    assert again.returncode == 0, again.stderr[-3000:]
    assert git(remote, "rev-parse", "gh-pages^{tree}") == before

    # A build that fails verification never reaches gh-pages.
    out = root / "snippets/demo/good.out"
    out.write_text(out.read_text().replace("6.", "7."))
    head = git(remote, "rev-parse", "gh-pages")
    failed = deploy(root, "2.14")
    assert failed.returncode != 0
    assert "the output differs from snippets/demo/good.out:1" in failed.stderr
    assert git(remote, "rev-parse", "gh-pages") == head
    assert git(root, "rev-parse", "gh-pages") == head
    assert "2.14" not in remote_file(remote, "versions.json")
