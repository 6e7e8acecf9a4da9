"""MkDocs front-end: wiring only. The engine verifies, ``render`` writes Markdown, ``patches`` fixes upstream output.

Enabled in ``mkdocs.yml`` as the ``verified`` plugin. ``execute: false`` (or
``VERIFIED_EXECUTE=0``) renders the committed outputs without running anything.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File

from verified.engine.pool import shared_pool
from verified.engine.problems import format_problems
from verified.engine.site import SiteResult, verify_site
from verified.engine.versions import torch_minor
from verified.frontends import patches, render
from verified.frontends.labels import LABELS, page_language
from verified.frontends.maths import MathError, render_maths
from verified.frontends.notebooks import write_notebooks

log = get_plugin_logger(__name__)
# Set by mike while it builds a version (mike.mkdocs_utils). Without it the build is an
# unversioned preview (`mkdocs build`, `mkdocs serve`), which has no versions.json above
# it: the version selector would only fetch one in vain, so a preview shows none.
MIKE_VERSION_VARIABLE = "MIKE_DOCS_VERSION"


class VerifiedConfig(Config):
    execute = config_options.Type(bool, default=True)
    notebooks = config_options.Type(bool, default=True)
    # owner/name of the GitHub repository whose gh-pages branch serves the site (Colab links)
    github_repository = config_options.Type(str, default="autograd-verified/autograd-verified")


class VerifiedPlugin(BasePlugin[VerifiedConfig]):
    result: SiteResult | None = None
    notebook_cache: set = set()  # noqa: RUF012 - replaced, never mutated

    def on_config(self, config):
        self.root = Path(config.config_file_path).resolve().parent
        self.executed = self.config.execute and os.environ.get("VERIFIED_EXECUTE", "1") != "0"
        config.extra["notebooks"] = {
            "github": self.config.github_repository,
            "version": torch_minor(),
        }
        if not os.environ.get(MIKE_VERSION_VARIABLE):
            config.extra.pop("version", None)
        snippets = config.mdx_configs.get("pymdownx.snippets", {})
        if "pymdownx.snippets" in config.markdown_extensions and not snippets.get("check_paths"):
            raise PluginError(
                "mkdocs.yml: pymdownx.snippets needs `check_paths: true`, "
                "or a missing include is silently dropped from the page"
            )
        return config

    def on_pre_build(self, config) -> None:
        self.result = verify_site(self.root, shared_pool(), self.executed)
        if self.result.problems:
            raise PluginError(
                format_problems(self.result.problems, "Autograd, Verified stopped the build")
                + "\n\nDetails and fixes for each kind of problem: CONTRIBUTING.md"
            )
        self.notebooks = write_notebooks(self.result) if self.config.notebooks else {}
        self.titles = {page.path: page.title for page in self.result.site.pages}
        ran = "ran" if self.executed else "rendered (execution off)"
        log.info("%d snippets %s", len(self.result.shown), ran)
        language = config.theme.get("language") or "en"
        config.copyright = render.footer(self.result, language if language in LABELS else "en")

    @event_priority(-150)  # after mkdocs-static-i18n (-100), which rewraps every file
    def on_files(self, files, config):
        patches.rewrap_notebooks(files, config)
        # Real files under .cache (not File.generated): mkdocs-static-i18n and
        # mkdocs-jupyter both need a source path on disk.
        assets = self.root / ".cache" / "verified" / "site-assets"
        generated = {}
        for name, shown in self.result.shown.items():
            generated.update({a.site_path(name): a.data for a in shown.artefacts})
        for path, content in generated.items():
            target = assets / path
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists() or target.read_bytes() != content:
                target.write_bytes(content)
            if files.get_file_from_path(path) is None:
                files.append(File(path, str(assets), config.site_dir, config.use_directory_urls))
        return files

    def on_page_markdown(self, markdown: str, page, config, files) -> str:
        model = self.result.site.page(f"docs/{page.file.src_uri}")
        if model is None:  # a generated page (a notebook): nothing of ours on it
            return markdown
        english = re.sub(r"\.[a-z]{2}\.md$", ".md", page.file.src_uri)
        context = render.PageContext(
            result=self.result,
            url=page.url,
            notebook=self.notebooks.get(english),
            drift=self._drift,
            lang=page_language(page.file.src_uri),
            titles=self.titles,
        )
        return render.render_page(model, markdown, context)

    def _drift(self, version: str, lang: str) -> str:
        from verified.frontends.drift_page import render_drift

        path = self.root / "verification" / f"drift-{version}.json"
        return render_drift(json.loads(path.read_text(encoding="utf-8")), lang)

    def on_page_content(self, html: str, page, config, files) -> str:
        try:
            return render_maths(html, page.file.src_uri)
        except MathError as error:
            raise PluginError(f"docs/{error}") from error

    def on_post_page(self, output: str, page, config) -> str:
        output = patches.relative_language_links(output, page.url, config.site_url)
        if page.file.src_uri.endswith(".ipynb"):
            output = patches.notebook_page(
                output, page.file.src_uri, page.file.dest_uri, config.site_dir
            )
        return output

    @event_priority(50)  # before mkdocs-jupyter's, which evicts its cache
    def on_post_build(self, config) -> None:
        self.notebook_cache = patches.keep_notebook_cache(config, self.notebook_cache)
        site = Path(config.site_dir) / "verification"
        for record in (self.result.cpu_record, self.result.cuda_record):
            if record is not None:
                record.write(site / f"{record.device}.json")
        if self.result.cache is not None:
            removed = self.result.cache.evict_unused()
            if removed:
                log.info("removed %d stale cached run(s)", removed)
