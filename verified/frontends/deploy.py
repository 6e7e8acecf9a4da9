"""Versioned deploys with mike: one docs version per torch minor, alias ``latest``.

``python -m verified deploy`` builds the site (so every snippet is verified
first: a failing build never reaches the branch) and commits it to the local
``gh-pages`` branch as version ``<torch major.minor>`` with the alias
``latest``, which is also the default version. Pushing is a separate,
explicit step: ``--push``, or ``git push origin gh-pages``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from verified.engine.versions import torch_minor

ALIAS = "latest"


def _git_identity_env(root: Path) -> dict[str, str]:
    """mike commits; give it an identity when the machine has none configured."""
    env = dict(os.environ)
    configured = subprocess.run(
        ["git", "config", "user.name"], cwd=root, capture_output=True, text=True
    ).stdout.strip()
    if not configured:
        env.setdefault("GIT_AUTHOR_NAME", "Autograd Verified deploy")
        env.setdefault("GIT_AUTHOR_EMAIL", "deploy@autograd-verified.invalid")
        env.setdefault("GIT_COMMITTER_NAME", env["GIT_AUTHOR_NAME"])
        env.setdefault("GIT_COMMITTER_EMAIL", env["GIT_AUTHOR_EMAIL"])
    env.setdefault("NO_MKDOCS_2_WARNING", "1")
    # mike runs `mkdocs` from PATH: make it this environment's.
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def _default_is(root: Path, branch: str, alias: str) -> bool:
    """Whether ``branch``'s root index.html is already mike's redirect to ``alias``."""
    shown = subprocess.run(
        ["git", "show", f"{branch}:index.html"], cwd=root, capture_output=True, text=True
    )
    return shown.returncode == 0 and f'url={alias}/"' in shown.stdout


def deploy(
    root: Path,
    version: str | None = None,
    push: bool = False,
    remote: str = "origin",
    branch: str = "gh-pages",
) -> int:
    version = version or torch_minor()
    mike = [str(Path(sys.executable).parent / "mike")]
    common = ["--branch", branch, "--remote", remote] + (["--push"] if push else [])
    env = _git_identity_env(root)
    steps = [
        [
            *mike,
            "deploy",
            *common,
            "--update-aliases",
            "--title",
            f"torch {version}",
            version,
            ALIAS,
        ],
        [*mike, "set-default", *common, ALIAS],
    ]
    for step in steps:
        if step[1] == "set-default" and _default_is(root, branch, ALIAS):
            print(f"+ mike set-default skipped: {branch} already redirects to {ALIAS}/")
            continue
        print("+ mike", " ".join(step[1:]), flush=True)
        result = subprocess.run(step, cwd=root, env=env)
        if result.returncode != 0:
            print(
                f"deploy of {version} stopped: `mike {step[1]}` failed; "
                f"the {branch} branch was not changed by this step",
                file=sys.stderr,
            )
            return result.returncode
    where = f"{remote}/{branch}" if push else f"the local {branch} branch"
    print(f"deployed docs version {version} (alias {ALIAS}) to {where}")
    if not push:
        print(f"publish it with: git push {remote} {branch}")
    return 0
