"""kg.viz.html without a browser: self-containment, embedded data, escaping, truncation."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import pytest
from conftest import (  # tests/viz/conftest.py
    CLOSE,
    EVIL_LABEL,
    EVIL_TITLE,
    EVIL_TYPE,
    IMG,
    JS_URL,
    PAGE_TITLE,
    SCRIPT,
    SEPS,
    make_synthetic_graph,
)

from kg.viz import write_html
from kg.viz.html import graph_data, render_html, safe_url, script_json

ASSETS = resources.files("kg.viz") / "assets"
#: every http(s) string inside the vendored vis-network build: licence header,
#: project home page, an error-message link and the SVG namespace (an identifier
#: passed to createElementNS, never fetched)
SVG_NAMESPACE = "http://www.w3.org/2000/svg"
VENDOR_URLS = {
    SVG_NAMESPACE,
    "https://visjs.github.io/vis-network/",
    "https://github.com/zloirock/core-js/blob/v3.21.1/LICENSE",
    "https://github.com/zloirock/core-js",
    "https://github.com/visjs",
    "https://github.com/uuidjs/uuid#getrandomvalues-not-supported",
    "http://www.apache.org/licenses/LICENSE-2.0",
    "http://opensource.org/licenses/MIT",
    "http://almende.com",
}
URL_RE = re.compile(r"https?://[^\s\"'()<>\\,;]*", re.IGNORECASE)


class _Collect(HTMLParser):
    """Tags with their attributes, and the raw text of each <script>/<style>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self.styles: list[str] = []
        self._in: tuple[str, dict] | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag in ("script", "style"):
            self._in, self._buf = (tag, attrs), []

    def handle_data(self, data):
        if self._in:
            self._buf.append(data)

    def handle_endtag(self, tag):
        if self._in and tag == self._in[0]:
            text = "".join(self._buf)
            if tag == "script":
                self.scripts.append((self._in[1], text))
            else:
                self.styles.append(text)
            self._in = None


def parse(html: str) -> _Collect:
    c = _Collect()
    c.feed(html)
    c.close()
    return c


def page_data(html: str) -> dict:
    for attrs, text in parse(html).scripts:
        if attrs.get("id") == "kg-data":
            return json.loads(text)
    raise AssertionError("no kg-data script")


@pytest.fixture
def sample_html(sample_graph) -> str:
    return render_html(sample_graph)[0]


# --------------------------------------------------------------------------- self-contained


def test_no_remote_resource_references(sample_html, sample_graph):
    """The precise rule: nothing in the page can make the browser fetch anything.

    * no element attribute (src, href, srcset, poster, action, data, ...) holds a URL
      with a scheme or a protocol-relative ``//`` URL, except ``data:`` images;
    * CSS has no ``@import`` and its ``url(...)`` are all ``data:``;
    * the vendored vis-network script is byte-identical to the pinned asset, and its
      only http(s) strings are the known licence/namespace texts;
    * the app script has no http(s) text but the SVG namespace name, and the JSON data holds http(s)
      only as paper ``url`` values (shown as ``<a href>`` navigation links on click).
    """
    doc = parse(sample_html)
    for tag, attrs in doc.tags:
        for name, value in attrs.items():
            if value is None or name == "content":  # <meta content> is not a reference
                continue
            v = value.strip().lower()
            assert not re.match(r"^(https?:|//|ftp:|file:)", v), (tag, name, value)
            if name in ("src", "href", "srcset", "poster", "action", "data", "background"):
                assert v.startswith(("data:", "#")) or not v, (tag, name, value)
    for css in doc.styles:
        assert "@import" not in css.lower()
        for ref in re.findall(r"url\(\s*['\"]?([^'\")]*)", css, re.IGNORECASE):
            assert ref.startswith("data:"), ref
    scripts = {attrs.get("id", f"#{i}"): text for i, (attrs, text) in enumerate(doc.scripts)}
    assert len(doc.scripts) == 3
    assert all("src" not in attrs for attrs, _ in doc.scripts)
    vendor = (ASSETS / "vis-network.min.js").read_text(encoding="utf-8")
    app = (ASSETS / "app.js").read_text(encoding="utf-8")
    assert scripts["#1"] == vendor and scripts["#2"] == app
    assert set(URL_RE.findall(vendor)) <= VENDOR_URLS
    assert set(URL_RE.findall(app)) <= {SVG_NAMESPACE}  # (a namespace name for createElementNS, never fetched)
    data = json.loads(scripts["kg-data"])
    for paper in data["papers"].values():
        paper.pop("url")
    assert not URL_RE.findall(json.dumps(data))
    # and everything outside the three scripts is free of http(s) text too
    outside = sample_html
    for text in scripts.values():
        outside = outside.replace(text, "")
    assert not URL_RE.findall(outside)


def test_csp_allows_exactly_the_two_inlined_scripts(sample_html):
    doc = parse(sample_html)
    csp = next(a["content"] for t, a in doc.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    hashes = set(re.findall(r"'sha256-([^']+)'", csp))
    code = [text for attrs, text in doc.scripts if attrs.get("type") != "application/json"]
    assert hashes == {base64.b64encode(hashlib.sha256(t.encode()).digest()).decode() for t in code}


@pytest.mark.parametrize("name", ["vis-network.min.js", "vis-network.css"])
def test_vendored_assets_are_pinned(name):
    sources = (ASSETS / "SOURCES.md").read_text(encoding="utf-8")
    data = (ASSETS / name).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    row = next(line for line in sources.splitlines() if line.startswith(f"| `{name}`"))
    assert digest in row
    assert (ASSETS / "LICENSE-vis-network-MIT.txt").is_file()
    assert (ASSETS / "LICENSE-vis-network-Apache-2.0.txt").is_file()
    pyvis = pytest.importorskip("pyvis")
    upstream = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / name
    if upstream.exists():
        assert upstream.read_bytes() == data


# --------------------------------------------------------------------------- data


def test_one_node_per_shown_entity(sample_graph, sample_html):
    data = page_data(sample_html)
    entities = [n for n, k in sample_graph.nodes(data="kind") if k == "entity"]
    shown = [n for n in data["nodes"] if n["kg"]["kind"] == "entity"]
    assert sorted(n["id"] for n in shown) == sorted(entities)
    assert len({n["id"] for n in data["nodes"]}) == len(data["nodes"])
    vision = next(n for n in shown if n["id"] == "entity:vision-r1-7b")
    assert vision["label"] == "Vision-R1-7B" and vision["kg"]["type"] == "Model"
    assert vision["kg"]["years"] == [[2025, 1]] and vision["kg"]["family"] == "Vision-R1"
    assert isinstance(vision["x"], float) and isinstance(vision["y"], float)
    # the 3-paper sample gets paper nodes; relations keep their evidence
    assert sum(n["kg"]["kind"] == "paper" for n in data["nodes"]) == 3
    rel = next(e for e in data["edges"] if e["kg"]["kind"] == "outperforms")
    assert rel["from"] == "entity:orca" and rel["to"] == "entity:vicuna-13b"
    assert "Orca surpasses Vicuna-13B" in rel["kg"]["evidence"][0]["sentence"]
    # the undated SaRA paper: LoRA has no year but one undated paper
    lora = next(n for n in shown if n["id"] == "entity:lora")
    assert lora["kg"]["years"] == [] and lora["kg"]["undated"] == 1
    assert data["meta"]["years"] == [2023, 2025]


def test_graph_is_not_mutated(sample_graph, tmp_path):
    before = (copy.deepcopy(dict(sample_graph.nodes(data=True))),
              copy.deepcopy(list(sample_graph.edges(keys=True, data=True))),
              copy.deepcopy(sample_graph.graph))
    write_html(sample_graph, tmp_path / "g.html")
    after = (dict(sample_graph.nodes(data=True)), list(sample_graph.edges(keys=True, data=True)),
             sample_graph.graph)
    assert before == after


def test_write_html_stats_and_determinism(sample_graph, tmp_path):
    a = write_html(sample_graph, tmp_path / "sub" / "a.html")
    b = write_html(sample_graph, tmp_path / "b.html")
    assert (tmp_path / "sub" / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
    assert a["entities_shown"] == a["entities_total"] == 11 and a["entities_left_out"] == 0
    assert a["paper_nodes"] == 3 and a["bytes"] > 100_000
    assert b["path"].endswith("b.html")
    assert not list(tmp_path.glob(".*.tmp"))


def test_max_nodes_truncation_and_message(tmp_path):
    G = make_synthetic_graph(60, 120, seed=3)
    stats = write_html(G, tmp_path / "g.html", max_nodes=25, show_papers=False)
    assert stats["entities_total"] == 60 and stats["entities_shown"] == 25
    assert stats["entities_left_out"] == 35
    html = (tmp_path / "g.html").read_text(encoding="utf-8")
    assert "Showing 25 of 60 entities (top by papers; 35 left out)" in html
    data = page_data(html)
    shown = {n["id"] for n in data["nodes"]}
    ranked = sorted((n for n, k in G.nodes(data="kind") if k == "entity"),
                    key=lambda n: -G.nodes[n]["papers"])
    assert min(G.nodes[n]["papers"] for n in shown) >= G.nodes[ranked[24]]["papers"]
    assert all(e["from"] in shown and e["to"] in shown for e in data["edges"])


def test_edge_cap_keeps_relations_and_strongest_comentions():
    G = make_synthetic_graph(80, 200, seed=4)
    data = graph_data(G, max_edges=150, show_papers=False)
    kinds = [e["kg"]["kind"] for e in data["edges"]]
    assert len(kinds) == 150
    relations = {(u, v) for u, v, k in G.edges(keys=True) if k == "comparedWith"}
    assert kinds.count("comparedWith") == len(relations)
    weights = sorted((d["weight"] for *_, k, d in G.edges(keys=True, data=True) if k == "co_mention"),
                     reverse=True)
    kept = sorted((e["kg"]["weight"] for e in data["edges"] if e["kg"]["kind"] == "co_mention"), reverse=True)
    assert kept == weights[: len(kept)]
    assert data["meta"]["co_mention_left_out"] == len(weights) - len(kept)


def test_score_options(sample_graph):
    with pytest.raises(ValueError, match="score must be one of"):
        graph_data(sample_graph, score="pagerank")
    with pytest.raises(ValueError, match="trend_score"):
        graph_data(sample_graph, score="trend")
    with pytest.raises(ValueError, match="max_nodes"):
        graph_data(sample_graph, max_nodes=0)
    G = sample_graph.copy()
    G.nodes["entity:lora"].update(trend_score=3.5, trend_class="emerging")
    data = graph_data(G, score="trend", max_nodes=1)
    assert [n["label"] for n in data["nodes"] if n["kg"]["kind"] == "entity"] == ["LoRA"]
    assert data["meta"]["trend_classes"] == ["emerging"] and data["meta"]["has_trend_score"]
    assert graph_data(sample_graph, score="mentions", max_nodes=1)["nodes"][0]["label"] == "Orca"


def test_empty_graph(tmp_path):
    import networkx as nx

    stats = write_html(nx.MultiDiGraph(), tmp_path / "e.html")
    assert stats["entities_shown"] == 0
    assert "Showing 0 of 0 entities" in (tmp_path / "e.html").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- escaping


def test_payloads_are_escaped(xss_graph):
    html, _ = render_html(xss_graph, title=PAGE_TITLE)
    lowered = html.lower()
    # the only <script> elements are ours; no payload survives as markup
    assert lowered.count("<script") == 3 + 1  # + the "<script>" string inside vis-network
    assert lowered.count("</script") == 3
    assert "<!--" not in html
    assert IMG not in html and "<img" not in lowered and "<svg" not in lowered
    assert "\u2028" not in html and "\u2029" not in html
    doc = parse(html)
    for tag, attrs in doc.tags:  # no javascript: URL in any attribute
        assert not any("javascript:" in (v or "").lower() for v in attrs.values()), (tag, attrs)
    outside = html
    for _, text in doc.scripts:
        outside = outside.replace(text, "")
    assert "javascript:" not in outside.lower()  # it occurs only as JSON string data
    # the title is HTML-escaped in <title> and <h1>
    assert "<title>kg &lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img" in html
    # and the JSON round-trips to the exact original strings
    data = page_data(html)
    labels = {n["label"] for n in data["nodes"]}
    assert EVIL_LABEL in labels
    types = [t["name"] for t in data["meta"]["types"]]
    assert EVIL_TYPE in types
    titles = {p["title"] for p in data["papers"].values()}
    assert EVIL_TITLE in titles
    p1 = next(p for p in data["papers"].values() if p["title"] == EVIL_TITLE)
    assert p1["authors"] == [IMG, CLOSE, JS_URL]
    assert p1["url"] is None  # javascript: URL dropped
    p2 = next(p for p in data["papers"].values() if p["title"].startswith("Second"))
    assert p2["url"] is None  # "<" and ">" are not allowed in a link
    rel = next(e for e in data["edges"] if e["kg"]["kind"] == "evaluatedOn")
    assert SCRIPT in rel["kg"]["evidence"][0]["sentence"] or IMG in rel["kg"]["evidence"][0]["sentence"]
    assert SEPS in json.dumps(data, ensure_ascii=False)


def test_script_json_escapes():
    text = script_json({"a": "</script><!--<x>&\u2028\u2029\ud800"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"a": "</script><!--<x>&\u2028\u2029\ud800"}


@pytest.mark.parametrize(
    "url, ok",
    [
        ("https://arxiv.org/abs/2503.06749", True),
        ("HTTP://example.org/a?b=c&d=e#f", True),
        (" https://example.org ", True),
        ("javascript:alert(1)", False),
        ("JAVASCRIPT:alert(1)", False),
        ("java\nscript:alert(1)", False),
        ("data:text/html,<script>", False),
        ("//evil.example/x", False),
        ("https://x.org/\"onmouseover=\"alert(1)", False),
        ("https://x.org/<script>", False),
        (None, False),
        (42, False),
    ],
)
def test_safe_url(url, ok):
    assert (safe_url(url) is not None) is ok


def test_each_entity_carries_its_papers_per_period_for_the_trend_line(sample_graph):
    """With a trend period, the page holds every period of the papers' dates (gaps included),
    the papers in each, and each entity's papers per period; without one, nothing."""
    data = graph_data(sample_graph, period="year")
    meta, nodes = data["meta"], {n["id"]: n for n in data["nodes"]}
    assert meta["period"] == "year" and meta["periods"] == ["2023", "2024", "2025"]
    assert meta["period_totals"] == [1, 0, 1]  # (the third paper is undated)
    assert meta["period_thin"] == [False, True, False]  # (no papers in 2024: no share to draw)
    assert nodes["entity:orca"]["kg"]["series"] == [1, 0, 0]
    assert nodes["entity:mathvista"]["kg"]["series"] == [0, 0, 1]
    assert nodes["entity:sara"]["kg"]["series"] == [0, 0, 0]  # only in the undated paper
    months = graph_data(sample_graph, period="month")["meta"]["periods"]
    assert months[0] == "2023-06" and months[-1] == "2025-03" and len(months) == 22
    plain = graph_data(sample_graph)
    assert plain["meta"]["periods"] == [] and all(n["kg"].get("series") is None for n in plain["nodes"]
                                                 if n["kg"]["kind"] == "entity")
    with pytest.raises(ValueError, match="period must be"):
        graph_data(sample_graph, period="week")
