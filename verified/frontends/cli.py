"""Command line: ``python -m verified update|check|list|drift``.

``update`` is the only way expected outputs are written: it runs the snippets
for real and rewrites ``<name>.out`` (or ``<name>.<device>.out``) beside each.
``check`` verifies without writing, like the build does, and also reports
every drifted snippet when the torch version differs from the recorded one.
``drift`` runs every snippet with another interpreter (another torch) and
writes the report ``verification/drift-<version>.json`` (``make drift``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from verified.engine.page_rules import read_site
from verified.engine.pool import shared_pool
from verified.engine.problems import format_problems
from verified.engine.snippet import Snippet, discover
from verified.engine.verify import update_outputs, verify


def _select(root: Path, paths: list[str]) -> list[Snippet]:
    snippets = discover(root)
    if not paths:
        return snippets
    wanted = [Path(p).resolve() for p in paths]
    chosen = [s for s in snippets if any(s.path == w or w in s.path.parents for w in wanted)]
    if not chosen:
        raise SystemExit(f"no snippet matches {' '.join(paths)} (snippets live under snippets/)")
    return chosen


def _device(name: str) -> str:
    if name != "cpu":
        import torch

        if name.startswith("cuda") and not torch.cuda.is_available():
            raise SystemExit(
                f"device {name!r} asked for, but torch {torch.__version__} sees no CUDA GPU here"
            )
    return name


def cmd_update(args: argparse.Namespace) -> int:
    root = Path(args.root).resolve()
    snippets = _select(root, args.paths)
    device = _device(args.device)
    changed, problems = update_outputs(snippets, shared_pool(), device)
    for path in changed:
        print(f"wrote {path.relative_to(root).as_posix()}")
    print(
        f"{len(snippets) - len(problems)} of {len(snippets)} snippets recorded on {device}, "
        f"{len(changed)} file(s) changed"
    )
    if problems:
        print(format_problems(problems, "\nnot recorded"), file=sys.stderr)
        return 1
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    root = Path(args.root).resolve()
    snippets = _select(root, args.paths)
    device = _device(args.device)
    site = read_site(root) if not args.paths else None
    outcomes = verify(snippets, shared_pool(), device)
    problems = list(site.problems) if site else []
    for outcome in outcomes:
        for problem in outcome.problems:
            problem.included_from = site.included_by.get(outcome.snippet.name, []) if site else []
        problems.extend(outcome.problems)
    if problems:
        print(format_problems(problems, "verification failed"), file=sys.stderr)
        return 1
    print(f"{len(outcomes)} snippets verified on {device}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    root = Path(args.root).resolve()
    for snippet in discover(root):
        print(snippet.display_path)
    return 0


def cmd_drift(args: argparse.Namespace) -> int:
    import os
    import subprocess
    import time
    import tomllib

    from verified.engine import drift
    from verified.engine.pool import Pool, WorkerError

    root = Path(args.root).resolve()
    if args.requirements:
        project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
        print("\n".join(drift.requirements(project["dependencies"], args.requirements)))
        return 0
    if not args.python:
        raise SystemExit(
            "drift: give --python, the interpreter of the other torch (make drift TORCH=x)"
        )
    python = os.path.abspath(args.python)  # not resolved: a venv's python is a symlink
    try:
        python_version = subprocess.run(
            [python, "-c", "import platform; print(platform.python_version())"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as error:
        raise SystemExit(f"drift: cannot run {python}: {error}") from None
    snippets = discover(root)
    pool = Pool(executable=python)
    started = time.perf_counter()
    try:
        report = drift.run_drift(snippets, pool, python_version)
    except WorkerError as error:
        raise SystemExit(f"drift: {error}") from None
    finally:
        pool.close()
    seconds = time.perf_counter() - started
    path = Path(args.output).resolve() if args.output else drift.report_path(root, report["torch"])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(drift.dumps(report), encoding="utf-8")
    print(
        f"torch {report['torch']} (Python {python_version}) against the outputs recorded with "
        f"torch {report['pinned_torch']}: {report['total']} snippets run twice in {seconds:.1f} s"
    )
    for group in drift.GROUPS:
        members = [name for name, item in report["snippets"].items() if item["group"] == group]
        print(f"  {group}: {len(members)}")
        if group != drift.IDENTICAL:
            for name in members:
                print(f"    {name}")
    shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
    print(f"wrote {shown}")
    return 0


def cmd_deploy(args: argparse.Namespace) -> int:
    from verified.frontends.deploy import deploy

    return deploy(Path(args.root).resolve(), args.version, args.push, args.remote, args.branch)


def cmd_translations(args: argparse.Namespace) -> int:
    from verified.engine import translations

    root = Path(args.root).resolve()
    for page in args.stamp or []:
        path = Path(page)
        parts = path.name.split(".")
        if len(parts) != 3 or parts[2] != "md" or not path.is_file():
            print(
                f"error: {page}: --stamp takes a translated page such as "
                f"docs/backward.{args.lang}.md",
                file=sys.stderr,
            )
            return 2
        print(f"{page}: translated_from {translations.stamp(path)}")
    problems = translations.check(root, args.lang)
    if problems:
        print(format_problems(problems, f"{args.lang} translations"), file=sys.stderr)
        return 1
    print(f"{args.lang}: every page translated, up to date and matching its English page")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m verified", description=__doc__.split("\n")[0])
    parser.add_argument("--root", default=".", help="project root (holds snippets/ and docs/)")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, func, text in (
        ("update", cmd_update, "record expected outputs from real runs"),
        ("check", cmd_check, "verify snippets against their expected outputs"),
        ("list", cmd_list, "list the snippets"),
    ):
        sub = commands.add_parser(name, help=text)
        sub.set_defaults(func=func)
        if name != "list":
            sub.add_argument("paths", nargs="*", help="snippet files or folders (default: all)")
            sub.add_argument("--device", default="cpu", help="cpu (default) or cuda")
    drift_parser = commands.add_parser(
        "drift", help="run every snippet under another torch and write the drift report"
    )
    drift_parser.set_defaults(func=cmd_drift)
    drift_parser.add_argument(
        "--python", help="interpreter with the other torch (e.g. .venv-torch-2.14.1/bin/python)"
    )
    drift_parser.add_argument(
        "--output", help="report file (default: verification/drift-<torch version>.json)"
    )
    drift_parser.add_argument(
        "--requirements",
        metavar="VERSION",
        help="only print what to pip-install for torch VERSION (pyproject's pins, that torch)",
    )
    deploy_parser = commands.add_parser(
        "deploy", help="build, verify and commit the site to gh-pages as a mike version"
    )
    deploy_parser.set_defaults(func=cmd_deploy)
    deploy_parser.add_argument(
        "--version", help="docs version (default: installed torch major.minor)"
    )
    deploy_parser.add_argument("--push", action="store_true", help="also push the branch")
    deploy_parser.add_argument("--remote", default="origin")
    deploy_parser.add_argument("--branch", default="gh-pages")
    translations_parser = commands.add_parser(
        "translations", help="report missing, outdated or mismatched translations"
    )
    translations_parser.set_defaults(func=cmd_translations)
    translations_parser.add_argument("--lang", default="zh")
    translations_parser.add_argument(
        "--stamp",
        nargs="+",
        metavar="PAGE",
        help="record that PAGE now translates its English page",
    )
    args = parser.parse_args(argv)
    return args.func(args)
