"""Fixtures for kg.viz tests: hostile and large graphs, and an offline headless Chromium."""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

import pytest

from kg.graph import build_graph
from kg.model import DocExtraction, Mention, Paper, Relation

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'
JS_URL = "javascript:window.__pwned=1"
CLOSE = "</script><script>window.__pwned=1</script><!--"
SEPS = "a\u2028b\u2029c"
SVG = "<svg onload=window.__pwned=1>"
EVIL_LABEL = f"Evil{IMG}{SCRIPT}"
EVIL_TYPE = f"Type{IMG}"
EVIL_TITLE = f"Title {SCRIPT} {IMG} {CLOSE} {SEPS}"
PAGE_TITLE = f"kg {SCRIPT}{IMG}"


def _doc(paper: Paper, names: list[tuple[str, str, str]]) -> DocExtraction:
    """Mentions of ``names`` (surface, type, id) at their real offsets; one sentence."""
    text = paper.text
    mentions, cursor = [], 0
    for surface, etype, eid in names:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        mentions.append(Mention(start, cursor, surface, etype, eid, surface, 0, "test"))
    return DocExtraction(paper.id, text, [(0, len(text))], mentions)


def make_xss_graph():
    """Two papers whose every string field carries an injection payload."""
    p1 = Paper(
        id=f"x1{SVG}",
        title=EVIL_TITLE,
        abstract=f"We propose {EVIL_LABEL}, evaluated on Bench{CLOSE}. {SEPS} {JS_URL}",
        date="2024-05-01",
        date_precision="day",
        authors=[IMG, CLOSE, JS_URL],
        url=JS_URL,
    )
    p2 = Paper(
        id="x2",
        title=f"Second {SVG}",
        abstract=f"{EVIL_LABEL} and Bench{CLOSE} again, with Metric{SEPS}.",
        date="2025-01-01",
        date_precision="day",
        authors=["Plain Author"],
        url="https://example.org/paper?a=1&b=<2>",
    )
    d1 = _doc(p1, [(EVIL_LABEL, EVIL_TYPE, "evil"), (f"Bench{CLOSE}", "Benchmark", "bench")])
    d1.relations = [Relation("evaluatedOn", 0, 1, 0, f"rule{IMG}", 0.9)]
    d2 = _doc(p2, [(EVIL_LABEL, EVIL_TYPE, "evil"), (f"Bench{CLOSE}", "Benchmark", "bench"),
                   (f"Metric{SEPS}", "Metric", "metric")])
    return build_graph([p1, p2], [d1, d2], families={})


def make_synthetic_graph(n_entities: int, n_papers: int, *, per_paper: int = 6, seed: int = 0):
    """A random corpus: Zipf-like entity popularity, dated papers 2015-2025, some relations."""
    rnd = random.Random(seed)
    types = ["Method", "Model", "Dataset", "Benchmark", "Metric", "Task"]
    names = [(f"Entity {i}", types[i % len(types)], f"e{i}") for i in range(n_entities)]
    weights = [1.0 / (i + 1) ** 0.8 for i in range(n_entities)]
    papers, docs = [], []
    for j in range(n_papers):
        picks = {rnd.choices(range(n_entities), weights)[0] for _ in range(per_paper)}
        if j < n_entities:  # every entity appears at least once
            picks.add(j)
        chosen = [names[i] for i in sorted(picks)]
        year = 2015 + j % 11
        p = Paper(
            id=f"s{j}", title=f"Paper {j}", abstract=" ; ".join(c[0] + " ." for c in chosen),
            date=f"{year}-0{1 + j % 9}-01", date_precision="day", authors=[f"Author {j % 97}"],
            url=f"https://example.org/s{j}",
        )
        doc = _doc(p, chosen)
        if len(chosen) >= 2 and j % 3 == 0:
            doc.relations = [Relation("comparedWith", 0, 1, 0, "synthetic", 0.5)]
        papers.append(p)
        docs.append(doc)
    return build_graph(papers, docs, families={})


@pytest.fixture
def xss_graph():
    return make_xss_graph()


# --------------------------------------------------------------------------- browser


@pytest.fixture(scope="session")
def chromium():
    """Debian's headless Chromium driven by playwright (its own download does not work here)."""
    exe = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if not exe:
        pytest.skip(f"headless Chromium not found at {CHROMIUM} (CI installs the chromium package)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class OfflinePage:
    """A page in an offline context that aborts and records every non-file request."""

    def __init__(self, browser, viewport=(1400, 900)):
        self.blocked: list[str] = []
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(
            viewport={"width": viewport[0], "height": viewport[1]}, offline=True,
            java_script_enabled=True,
        )
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))

    def _route(self, route):
        url = route.request.url
        if url.startswith("file:"):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def open(self, path: Path, timeout_ms: int = 120_000) -> float:
        """Open ``path`` and wait until the network has been drawn; returns seconds."""
        t0 = time.perf_counter()
        self.page.goto(Path(path).resolve().as_uri())
        self.page.wait_for_function("window.kgReady === true", timeout=timeout_ms)
        return time.perf_counter() - t0

    def remote_requests(self) -> list[str]:
        return self.blocked + [u for u in self.requests if not u.startswith(("file:", "data:"))]

    def close(self):
        self.context.close()


@pytest.fixture
def offline_page(chromium):
    page = OfflinePage(chromium)
    yield page
    page.close()
