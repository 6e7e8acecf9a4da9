"""The site as readers get it: deployed with mike, served on 127.0.0.1, checked in a browser.

The fixture copies this repository's docs and snippets into a throwaway git
repository, deploys two versions with ``python -m verified deploy`` (mike) and
serves the resulting gh-pages tree, so the version selector has its
``versions.json`` exactly as on the real host. A build is a pure function of
its inputs (the sources, the engine, the installed packages): the built trees
are kept under ``.cache/verified/built-sites/``, keyed on all of them, and a
run with the same inputs serves the same tree without building it again.

* ``test_no_broken_links_or_anchors``: every link, resource and anchor of every page
  resolves in the served tree (no browser needed).
* ``browser`` tests (headless Debian Chromium driven by Playwright): every page
  loads with no third-party request (all are blocked and recorded), no failed
  request and no console error, a few pages at a time; axe-core finds no
  serious or critical violation on one page of each kind, light and dark; search finds a known page; the version selector switches
  versions; screenshots (light and dark) and a page-weight table are written
  to ``screenshots/`` for review. The test server compresses text with gzip, as
  GitHub Pages does, so page weights are the bytes a reader transfers. Without Chromium they skip with a reason;
  ``make test-browser`` (REQUIRE_BROWSER=1) fails instead.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import gzip
import hashlib
import io
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import tarfile
import threading
import time
import zlib
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlparse, urlsplit

import pytest

from replays import inputs_digest
from verified.engine.cache import RunCache

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SHOTS = ROOT / "screenshots"
CHAPTER_WEIGHT_LIMIT = 300 * 1024
BROWSER_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
GIT_ENV = {
    "GIT_AUTHOR_NAME": "site test",
    "GIT_AUTHOR_EMAIL": "site-test@example.invalid",
    "GIT_COMMITTER_NAME": "site test",
    "GIT_COMMITTER_EMAIL": "site-test@example.invalid",
    "NO_MKDOCS_2_WARNING": "1",
}

pytest.importorskip("mike", reason="the doc stack (mike, mkdocs) is not installed here")


def _run(args, cwd, **kwargs):
    result = subprocess.run(
        args, cwd=cwd, capture_output=True, text=True, env={**os.environ, **GIT_ENV}, **kwargs
    )
    assert result.returncode == 0, f"{' '.join(map(str, args))}\n{result.stdout}\n{result.stderr}"
    return result.stdout


class _GzipHandler(SimpleHTTPRequestHandler):
    """A static host that compresses text like GitHub Pages does, so weights are real transfers."""

    COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".ipynb", ".txt")

    def log_message(self, format, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the redirect to the trailing slash
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not path.is_file() or not accepts or path.suffix not in self.COMPRESSIBLE:
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


# What a site build reads: the site's sources, the engine, this file (the fixtures say
# what is built), the installed packages, Python and Graphviz.
SITE_SOURCES = ("docs", "snippets", "verification", "overrides", "verified", "mkdocs.yml")
BUILT_SITES = ROOT / ".cache" / "verified" / "built-sites"


def _site_inputs_digest() -> str:
    return inputs_digest(*SITE_SOURCES, "tests/test_site.py")


def _built_site(label: str, target: Path, build) -> None:
    """Fill ``target`` with the site ``build(target)`` makes, or with the tree an earlier
    build made from the very same inputs (a build is a pure function of them). Trees
    of other inputs under the same label are evicted."""
    archive = BUILT_SITES / f"{label}-{_site_inputs_digest()}.tar"
    target.mkdir(parents=True, exist_ok=True)
    if archive.is_file():
        with tarfile.open(archive) as tar:
            tar.extractall(target, filter="data")
        return
    build(target)
    BUILT_SITES.mkdir(parents=True, exist_ok=True)
    for stale in BUILT_SITES.glob(f"{label}-*.tar"):
        stale.unlink()
    temporary = archive.with_suffix(f".{os.getpid()}.tmp")
    with tarfile.open(temporary, "w") as tar:
        tar.add(target, arcname=".")
    temporary.replace(archive)


def _deploy_two_versions(served: Path, work: Path) -> None:
    """Deploy the site with mike as versions 2.12 and 2.13 (alias latest) from a
    throwaway repository, and lay out its gh-pages branch in ``served``."""
    work.mkdir()
    for name in ("docs", "snippets", "verification", "overrides"):
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, work / name)
    shutil.copy(ROOT / "mkdocs.yml", work / "mkdocs.yml")
    for cache in (".cache/verified/runs", ".cache/mkdocs-jupyter"):  # keyed on content
        if (ROOT / cache).is_dir():
            shutil.copytree(ROOT / cache, work / cache)
    (work / ".gitignore").write_text("site/\n.cache/\n")
    _run(["git", "init", "-q", "-b", "main"], work)
    _run(["git", "add", "-A"], work)
    _run(["git", "commit", "-q", "-m", "site"], work)
    for version in ("2.12", "2.13"):
        _run([sys.executable, "-m", "verified", "deploy", "--version", version], work, timeout=600)
    archive = subprocess.run(
        ["git", "archive", "gh-pages"], cwd=work, capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(served)], input=archive, check=True)


@pytest.fixture(scope="session")
def served_site(tmp_path_factory):
    base = tmp_path_factory.mktemp("site")
    served = base / "served"
    _built_site("deployed", served, lambda target: _deploy_two_versions(target, base / "repo"))

    handler = functools.partial(_GzipHandler, directory=str(served))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", served
    server.shutdown()


def png_summary(data: bytes) -> tuple[int, int, int]:
    """Width, height and the number of distinct byte values in the decoded pixel rows."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    offset, idat = 8, b""
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        if kind == b"IDAT":
            idat += data[offset + 8 : offset + 8 + length]
        offset += 12 + length
    return width, height, len(set(zlib.decompress(idat)))


def test_png_summary_tells_a_blank_image_from_a_picture():
    def png(rows: list[bytes], width: int) -> bytes:
        def chunk(kind: bytes, body: bytes) -> bytes:
            crc = zlib.crc32(kind + body)
            return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

        header = struct.pack(">IIBBBBB", width, len(rows), 8, 0, 0, 0, 0)
        raw = b"".join(b"\x00" + row for row in rows)
        return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))

    assert png_summary(png([b"\xff" * 4] * 3, 4)) == (4, 3, 2)  # filter byte and white
    assert png_summary(png([bytes(range(i, i + 4)) for i in range(3)], 4))[2] == 6


def test_the_notebook_pages_are_rendered_with_their_download(served_site):
    _, served = served_site
    notebooks = sorted((served / "2.13/notebooks").glob("*/index.html"))
    assert len(notebooks) >= 10
    for page in notebooks:
        slug = page.parent.name
        assert (page.parent / f"{slug}.ipynb").is_file(), slug
        assert f'href="{slug}.ipynb"' in page.read_text(), slug


def _pages(served: Path, version: str = "2.13") -> list[str]:
    base = served / version
    return sorted(
        "/" + p.parent.relative_to(served).as_posix() + "/"
        for p in base.rglob("index.html")
        if "assets" not in p.parts
    )


def test_the_deploy_serves_two_versions_and_a_default(served_site):
    _, served = served_site
    assert (served / "2.12/index.html").exists() and (served / "2.13/index.html").exists()
    assert "latest" in (served / "index.html").read_text()  # the default redirect
    assert len(_pages(served)) >= 3


class _Links(HTMLParser):
    """The link targets and element ids of one HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("id", "name") if tag == "a" else ("id",):
            if attrs.get(name):
                self.ids.add(attrs[name])
        for name in ("href", "src"):
            value = attrs.get(name)
            if value and tag in ("a", "link", "script", "img", "iframe", "source"):
                self.targets.append(value)


def _read_links(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    return parser


def broken_links(served: Path, version: str = "2.13") -> list[str]:
    """Every link or resource on every page of ``version`` that points at no file, or at an
    anchor its page lacks. Links to other hosts are not followed (the site is offline)."""
    root = (served / version).resolve()
    parsed: dict[Path, _Links] = {}

    def links_of(path: Path) -> _Links:
        if path not in parsed:
            parsed[path] = _read_links(path)
        return parsed[path]

    def target_file(base: Path, path: str) -> Path:
        target = (base.parent / path) if path else base
        return target / "index.html" if target.is_dir() else target

    found: list[str] = []
    # 404.html is served at any missing path, so its links are absolute (site_url): it is
    # not a page any link leads to, and a crawler from the home page never reaches it.
    for page in sorted(p for p in root.rglob("*.html") if p.name != "404.html"):
        for href in links_of(page).targets:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(("mailto:", "data:", "javascript:")):
                continue
            target = target_file(page, unquote(parts.path)).resolve()
            where = f"{version}/{page.relative_to(root).as_posix()}: {href}"
            if not target.is_file():
                found.append(f"{where} (no such file)")
            elif (
                parts.fragment
                and target.suffix == ".html"
                and unquote(parts.fragment) not in links_of(target).ids
            ):
                found.append(f"{where} (no such anchor)")
    return found


def test_no_broken_links_or_anchors(served_site):
    _, served = served_site
    assert not broken_links(served), "\n".join(broken_links(served)[:50])


def test_the_link_check_finds_a_planted_broken_link_and_anchor(tmp_path):
    (tmp_path / "2.13/a").mkdir(parents=True)
    (tmp_path / "2.13/index.html").write_text(
        '<a href="a/">ok</a><a href="a/#here">ok</a><a href="a/#gone">bad</a>'
        '<img src="missing.svg"><a href="https://example.invalid/">external</a>'
    )
    (tmp_path / "2.13/a/index.html").write_text('<h2 id="here">Here</h2><a href="../">up</a>')
    assert broken_links(tmp_path) == [
        "2.13/index.html: a/#gone (no such anchor)",
        "2.13/index.html: missing.svg (no such file)",
    ]


# ----------------------------------------------------------------------- browser


def _need_browser():
    if CHROMIUM is None:
        message = "Chromium is not installed (Debian: apt-get install chromium)"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message + "; REQUIRE_BROWSER=1 forbids skipping the browser checks")
        pytest.skip(message)
    return pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


@pytest.fixture(scope="session")
def browser():
    sync_api = _need_browser()
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        yield instance
        instance.close()


class PageVisit:
    """One page load with every request watched."""

    def __init__(self, browser, url: str, color_scheme: str = "light") -> None:
        self.context = browser.new_context(
            color_scheme=color_scheme, viewport={"width": 1280, "height": 900}
        )
        self.third_party: list[str] = []
        self.failed: list[str] = []
        self.console_errors: list[str] = []
        self.unmeasured: list[str] = []
        self.bytes = 0
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.console_errors.append(str(error)))
        self.page.on("requestfailed", self._request_failed)
        self.page.on("response", self._response)
        self.page.goto(url, wait_until="networkidle")

    def _route(self, route):
        host = urlparse(route.request.url).hostname
        if route.request.url.startswith(("data:", "blob:")) or host == "127.0.0.1":
            route.continue_()
        else:
            self.third_party.append(route.request.url)
            route.abort()

    def _console(self, message):
        if message.type == "error":
            self.console_errors.append(message.text)

    def _request_failed(self, request):
        if urlparse(request.url).hostname == "127.0.0.1":
            self.failed.append(f"{request.url}: {request.failure}")

    def _response(self, response):
        if response.status >= 400:
            self.failed.append(f"{response.url}: HTTP {response.status}")
        elif "search_index" not in response.url:
            try:
                response.finished()
                sizes = response.request.sizes()  # bytes on the wire: headers + (compressed) body
                self.bytes += sizes["responseBodySize"] + sizes["responseHeadersSize"]
            except Exception as error:  # noqa: BLE001 - reported: a weight must not read as 0 KB
                self.unmeasured.append(f"{response.url}: {error}")

    def close(self):
        self.context.close()


def _served_digest(served: Path, extra: list[Path], version: str = "2.13") -> str:
    """A hash of everything the browser loads from the served tree, and of ``extra`` files."""
    digest = hashlib.sha256()
    files = [p for p in sorted((served / version).rglob("*")) if p.is_file()]
    for path in [*files, served / "versions.json"]:
        digest.update(path.relative_to(served).as_posix().encode() + b"\0" + path.read_bytes())
    for path in extra:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


AXE_SAMPLE = (  # one page of each kind, in light and dark: the templates and the CSS
    "/2.13/",
    "/2.13/backward/",
    "/2.13/zh/backward/",
    "/2.13/notebooks/backward/",
    "/2.13/errors/",
    "/2.13/torch-versions/",
    "/2.13/custom-function-depth/",
)
CONCURRENT_PAGES = 4
# True once mkdocs-material has mounted every code block, each scrollable one can take the
# keyboard's focus, the fonts are in, and all of that has held for half a second.
CODE_BLOCKS_SETTLED = """() => {
  const ready = document.fonts.status === "loaded"
    && [...document.querySelectorAll(".md-typeset pre > code")].every(code =>
         code.parentElement.id.startsWith("__code_")
         && (code.scrollWidth <= code.clientWidth || code.hasAttribute("tabindex")));
  if (!ready) { window.__settledSince = undefined; return false; }
  window.__settledSince ??= performance.now();
  return performance.now() - window.__settledSince > 500;
}"""


async def _visit_async(
    browser, url: str, scheme: str, axe: Path | None, shot: str | None = None
) -> dict:
    """Load one page with every request watched; with ``axe``, also run axe-core on it.
    With ``shot`` (a CSS selector to bring into view first, or ""), also take a
    screenshot of the viewport, base64 PNG, under ``found["png"]``."""
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    context = await browser.new_context(
        color_scheme=scheme, viewport={"width": 1280, "height": 900}
    )
    found = {
        "third_party": [],
        "failed": [],
        "console": [],
        "axe": [],
        "bytes": 0,
        "unmeasured": [],
    }
    responses = []

    async def route(route):
        host = urlparse(route.request.url).hostname
        if route.request.url.startswith(("data:", "blob:")) or host == "127.0.0.1":
            await route.continue_()
        else:
            found["third_party"].append(route.request.url)
            await route.abort()

    await context.route("**/*", route)
    page = await context.new_page()
    page.on("console", lambda m: m.type == "error" and found["console"].append(m.text))
    page.on("pageerror", lambda error: found["console"].append(str(error)))
    page.on(
        "requestfailed",
        lambda r: (
            urlparse(r.url).hostname == "127.0.0.1"
            and found["failed"].append(f"{r.url}: {r.failure}")
        ),
    )
    page.on("response", lambda response: responses.append(response))
    await page.goto(url, wait_until="networkidle")
    for response in responses:
        if response.status >= 400:
            found["failed"].append(f"{response.url}: HTTP {response.status}")
        elif "search_index" not in response.url:
            try:
                await response.finished()
                sizes = await response.request.sizes()
                found["bytes"] += sizes["responseBodySize"] + sizes["responseHeadersSize"]
            except Exception as error:  # noqa: BLE001 - reported: a weight must not read as 0 KB
                found["unmeasured"].append(f"{response.url}: {error}")
    if axe is not None:
        # mkdocs-material makes a scrollable code block focusable from a ResizeObserver,
        # after load; on a loaded machine that can come after networkidle. Give it time
        # to settle, then let axe judge the page as it is (a block that never becomes
        # focusable is still reported).
        with contextlib.suppress(PlaywrightTimeout):  # axe reports what is still unreachable
            await page.wait_for_function(CODE_BLOCKS_SETTLED, polling=100, timeout=20_000)
        await page.add_script_tag(path=str(axe))
        found["axe"] = await page.evaluate(
            """async () => (await axe.run()).violations
                 .filter(v => ["serious", "critical"].includes(v.impact))
                 .map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}x, e.g. ${v.nodes[0].target})`)"""
        )
    if shot is not None:
        if shot:
            # Figures and graphs load lazily: bring the first one into view and wait
            # until the browser has decoded it, so the picture is of the image and not
            # of an empty box; then let the header finish its title cross-fade.
            image = page.locator(shot).first
            await image.scroll_into_view_if_needed()
            await page.wait_for_function(
                "el => el.complete && el.naturalWidth > 0",
                arg=await image.element_handle(),
                timeout=10000,
            )
            await page.wait_for_timeout(600)
        found["png"] = base64.b64encode(await page.screenshot(full_page=False)).decode()
    await context.close()
    return found


def _visit_all(url: str, visits: list[tuple]) -> list[dict]:
    """Every visit, a few at a time, in a thread of its own (the sync browser fixture keeps
    this thread's event loop)."""
    from playwright.async_api import async_playwright

    async def main() -> list[dict]:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
            limit = asyncio.Semaphore(CONCURRENT_PAGES)

            async def one(path, scheme, axe, shot=None):
                async with limit:
                    return await _visit_async(browser, url + path, scheme, axe, shot)

            results = await asyncio.gather(*(one(*visit) for visit in visits))
            await browser.close()
            return results

    box: list = []

    def run() -> None:
        try:
            box.append(asyncio.run(main()))
        except BaseException as error:  # noqa: BLE001 - re-raised in the test's thread
            box.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


@pytest.mark.browser
def test_every_page_loads_clean_offline_and_accessible(served_site, browser):
    """Every page: no third-party request, no failed request, no console error, its
    transfer size measured. A sample of each kind of page, light and dark: no serious
    or critical axe-core violation."""
    url, served = served_site
    axe = ROOT / "node_modules/axe-core/axe.min.js"
    if not axe.exists():
        pytest.fail("node_modules/axe-core is missing: run `npm ci` (make test does)")
    paths = _pages(served)
    assert set(AXE_SAMPLE) <= set(paths), sorted(set(AXE_SAMPLE) - set(paths))
    visits = [(path, "light", axe if path in AXE_SAMPLE else None) for path in paths]
    visits += [(path, "dark", axe) for path in AXE_SAMPLE]
    # Same served bytes, same browser, same checks: the same results. A warm run reuses them.
    cache = RunCache(ROOT, "browser")
    key = cache.key(_served_digest(served, [axe, Path(__file__)]) + browser.version)
    hit = cache.get(key)
    results = hit["results"] if hit else _visit_all(url, visits)
    if hit is None:
        cache.put(key, {"results": results})
    cache.evict_unused()
    problems: list[str] = []
    weights: list[tuple[str, int]] = []
    for (path, scheme, _), found in zip(visits, results, strict=True):
        problems += [f"{path}: third-party request {u}" for u in found["third_party"]]
        problems += [f"{path}: failed request {f}" for f in found["failed"]]
        problems += [f"{path}: console error {e}" for e in found["console"]]
        problems += [f"{path} ({scheme}): axe {v}" for v in found["axe"]]
        if scheme == "light":
            problems += [f"{path}: transfer size not measured: {u}" for u in found["unmeasured"]]
            weights.append((path, found["bytes"]))

    SHOTS.mkdir(exist_ok=True)
    table = ["| page | transferred, gzip (KB, without the search index) |", "| --- | --- |"]
    table += [f"| {path} | {size / 1024:.0f} |" for path, size in weights]
    (SHOTS / "page-weights.md").write_text("\n".join(table) + "\n")
    print("\n" + "\n".join(table))
    heavy = [
        f"{path}: {size / 1024:.0f} KB"
        for path, size in weights
        if size > CHAPTER_WEIGHT_LIMIT and path.rstrip("/").count("/") >= 2  # chapters
    ]
    problems += [f"chapter page over 300 KB: {h}" for h in heavy]
    problems += [f"{path}: measured 0 bytes" for path, size in weights if size <= 0]
    assert not problems, "\n".join(problems)


def _search(browser, url: str, query: str) -> list[str]:
    """Type ``query`` into the site's search box; the result links."""
    visit = PageVisit(browser, url)
    page = visit.page
    page.click("input.md-search__input", timeout=5000)
    page.keyboard.type(query)  # material searches on key events
    # Keys typed before the search worker has built its index are not searched again
    # when it is ready: nudge the query (as a reader would, by typing on) until it is.
    for _ in range(30):
        if page.query_selector(".md-search-result__item"):
            break
        page.keyboard.press("Space")
        page.keyboard.press("Backspace")
        page.wait_for_timeout(500)
    links = page.eval_on_selector_all(
        ".md-search-result__item a", "nodes => nodes.map(n => n.getAttribute('href') || '')"
    )
    visit.close()
    return links


@pytest.mark.browser
def test_search_finds_a_known_page(served_site, browser):
    url, _ = served_site
    links = _search(browser, url + "/2.13/", "retain_graph")
    assert any("retain-graph" in link for link in links), links


@pytest.mark.browser
def test_chinese_search_finds_a_chinese_page(served_site, browser):
    url, _ = served_site
    links = _search(browser, url + "/2.13/zh/", "叶子节点")  # segmented by jieba at build time
    chinese = [link for link in links if "/zh/" in link]
    assert any(
        "tensors-that-remember" in link or "non-leaf-gradients" in link for link in chinese
    ), links


@pytest.mark.browser
def test_language_switch_leads_to_the_chinese_page(served_site, browser):
    url, _ = served_site
    visit = PageVisit(browser, url + "/2.13/backward/")
    page = visit.page
    hrefs = page.eval_on_selector_all(
        ".md-select__link[hreflang]", "nodes => nodes.map(n => [n.hreflang, n.href])"
    )
    visit.close()
    assert any(lang == "zh" and href.endswith("/2.13/zh/backward/") for lang, href in hrefs), hrefs


@pytest.mark.browser
def test_version_selector_switches_versions(served_site, browser):
    url, _ = served_site
    visit = PageVisit(browser, url + "/2.13/")
    page = visit.page
    page.wait_for_selector(".md-version__current", timeout=10000)
    assert "torch 2.13" in page.inner_text(".md-version__current")
    page.hover(".md-version")
    page.click(".md-version__link >> text=torch 2.12")
    page.wait_for_url("**/2.12/**", timeout=10000)
    visit.close()


SCREENSHOTS = (  # name, page, what to bring into view first ("" for the top)
    ("home", "/2.13/", ""),
    ("chapter", "/2.13/tensors-that-remember/", ""),
    ("chapter-zh", "/2.13/zh/tensors-that-remember/", ""),
    ("notebook", "/2.13/notebooks/backward/", ""),
    ("figure", "/2.13/accumulation/", "img.verified-figure"),
    ("graph", "/2.13/tensors-that-remember/", "img.verified-graph"),
)


@pytest.mark.browser
def test_screenshots_light_and_dark(served_site, browser):
    url, served = served_site
    shots = [
        (name, path, focus, scheme)
        for name, path, focus in SCREENSHOTS
        for scheme in ("light", "dark")
    ]
    # Same served bytes, same browser, same test: the same pictures. A warm run reuses them.
    cache = RunCache(ROOT, "screenshots")
    key = cache.key(_served_digest(served, [Path(__file__)]) + browser.version)
    hit = cache.get(key)
    if hit is None:
        found = _visit_all(url, [(path, scheme, None, focus) for _, path, focus, scheme in shots])
        hit = {"png": [f["png"] for f in found]}
        cache.put(key, hit)
    cache.evict_unused()
    SHOTS.mkdir(exist_ok=True)
    for (name, _, _, scheme), png in zip(shots, hit["png"], strict=True):
        target = SHOTS / f"{name}-{scheme}.png"
        target.write_bytes(base64.b64decode(png))
        width, height, colours = png_summary(target.read_bytes())
        assert (width, height) == (1280, 900), target
        assert colours > 50, f"{target}: {colours} distinct pixel values, a blank page?"


# ----------------------------------------------------------------- previews


def _console_of(browser, url: str) -> list[str]:
    visit = PageVisit(browser, url)
    problems = [f"console error {e}" for e in visit.console_errors]
    problems += [f"failed request {f}" for f in visit.failed]
    problems += [f"third-party request {u}" for u in visit.third_party]
    visit.close()
    return problems


@pytest.mark.browser
def test_a_plain_build_served_statically_has_no_console_errors(browser, tmp_path):
    """README: `python3 -m http.server -d site`. The version selector reads versions.json."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    site = tmp_path / "site"
    _built_site(
        "plain",
        site,
        lambda target: build(load_config(str(ROOT / "mkdocs.yml"), site_dir=str(target))),
    )
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        problems = _console_of(browser, url + "/") + _console_of(browser, url + "/backward/")
    finally:
        server.shutdown()
    assert not problems, "\n".join(problems)


@pytest.mark.browser
def test_make_serve_has_no_console_errors(browser):
    """`make serve` is `mkdocs serve`: the preview a writer looks at. What it serves is
    a function of the site's inputs, so a run with the same inputs and the same browser
    reuses the last verdict instead of starting the server again."""
    cache = RunCache(ROOT, "serve")
    key = cache.key(_site_inputs_digest() + browser.version)
    hit = cache.get(key)
    problems = hit["problems"] if hit else _console_of_make_serve(browser)
    if hit is None:
        cache.put(key, {"problems": problems})
    cache.evict_unused()
    assert not problems, "\n".join(problems)


def _console_of_make_serve(browser) -> list[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    mkdocs = Path(sys.executable).parent / "mkdocs"
    server = subprocess.Popen(
        [str(mkdocs), "serve", "--no-livereload", "-a", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # mkdocs serve serves the site under site_url's path.
        site_url = re.search(r"^site_url: (\S+)", (ROOT / "mkdocs.yml").read_text(), re.M)
        prefix = urlparse(site_url.group(1)).path.rstrip("/") if site_url else ""
        url = f"http://127.0.0.1:{port}{prefix}"
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            with socket.socket() as attempt:
                if attempt.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(1)
        else:
            pytest.fail("mkdocs serve did not start within 300 s")
        return _console_of(browser, url + "/") + _console_of(browser, url + "/backward/")
    finally:
        server.terminate()
        server.wait(timeout=30)
