"""The knowledge graph as one self-contained, interactive HTML file.

pyvis builds the vis-network node and edge records; kg renders them with its
own Jinja2 template (``assets/template.html``) instead of pyvis's, because
pyvis's template loads Bootstrap and vis-network from CDNs. vis-network 9.1.2
(dual Apache-2.0 / MIT, see ``assets/SOURCES.md``) is inlined, so the page
fetches nothing: it works offline, from disk, in an air-gapped lab.

Safety rules (tested in ``tests/viz``):

* Every string from the input (titles, authors, entity names, aliases, evidence
  sentences) reaches the page only as JSON data inside
  ``<script type="application/json">``, with ``<``, ``>`` and ``&`` written as
  ``\\u003c``/``\\u003e``/``\\u0026`` and non-ASCII (including U+2028/U+2029)
  as ``\\uXXXX`` escapes; the page script puts it in the DOM with
  ``textContent`` only, never ``innerHTML``. The page title is HTML-escaped.
* A paper ``url`` becomes a link (``<a href>``, a navigation, not a resource)
  in the detail panel only if it is ``http(s)``; anything else (``javascript:``,
  ``data:``...) is dropped here and checked again in the browser.
* The page carries a Content-Security-Policy with ``default-src 'none'`` and
  sha256 hashes of its two scripts, so injected markup could neither run nor
  load anything.
* The only ``http(s)://`` text in the file is in the vendored vis-network
  licence header and SVG namespace strings, and paper link targets in the data.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import re
import time
from collections import Counter, defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
from markupsafe import Markup
from pyvis.network import Network

from kg.model import ENTITY_TYPES, RELATION_TYPES
from kg.viz.layout import force_layout

__all__ = ["write_html", "render_html", "graph_data", "SCORES", "TYPE_COLORS"]

#: entity ranking used to pick which entities are shown on large graphs
SCORES = ("papers", "mentions", "degree", "trend")

#: one colour per entity type (Okabe & Ito colour-blind-safe palette)
TYPE_COLORS = {
    "Method": "#0072B2",
    "Model": "#D55E00",
    "Dataset": "#009E73",
    "Benchmark": "#CC79A7",
    "Metric": "#E69F00",
    "Task": "#56B4E9",
}
OTHER_TYPE_COLOR = "#7f7f7f"
PAPER_COLOR = "#b0b0b0"

#: edge colours by edge kind
EDGE_COLORS = {
    "co_mention": "rgba(120,120,120,0.28)",
    "broader": "#555555",
    "mentions": "rgba(150,150,150,0.35)",
    "proposes": "#8c8c8c",
    "evaluatedOn": "#7b3294",
    "usedFor": "#1b7837",
    "trainedOn": "#a6611a",
    "comparedWith": "#4d4d4d",
    "outperforms": "#c51b7d",
    "basedOn": "#2166ac",
    "benchmarkFor": "#e08214",
}

#: show paper nodes automatically up to this many papers in the graph
AUTO_PAPERS_MAX = 100
#: at most this many paper nodes, even when asked for
MAX_PAPER_NODES = 500
#: papers listed per entity in the detail panel (most recent first)
PAPERS_PER_ENTITY = 10
#: evidence sentences kept per relation edge
EVIDENCE_PER_EDGE = 3

_SAFE_URL = re.compile(r"^https?://[^\s\"'<>\\`]+$", re.IGNORECASE)
_ASSETS = "assets"


# --------------------------------------------------------------------------- helpers


def safe_url(url: Any) -> str | None:
    """The URL when it is an absolute ``http(s)`` URL without odd characters, else None.

    >>> safe_url("https://arxiv.org/abs/2503.06749")
    'https://arxiv.org/abs/2503.06749'
    >>> safe_url("javascript:alert(1)") is None, safe_url(" JaVaScRiPt:x") is None
    (True, True)
    >>> safe_url('https://x.org/"><script>') is None
    True
    """
    if not isinstance(url, str):
        return None
    url = url.strip()
    return url if _SAFE_URL.match(url) else None


def script_json(data: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">`` (and in JS).

    ``<``, ``>`` and ``&`` are escaped so no ``</script>`` or ``<!--`` can end
    or confuse the element; ``ensure_ascii`` escapes U+2028/U+2029 and lone
    surrogates.

    >>> script_json({"t": "</script><!-- \\u2028"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003c!-- \\\\u2028"}'
    """
    text = json.dumps(data, ensure_ascii=True, allow_nan=False, separators=(", ", ": "))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _str(value: Any) -> str:
    return "" if value is None else str(value)


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _int(value: Any) -> int | None:
    num = _num(value)
    return None if num is None else int(num)


def _strs(value: Any) -> list[str]:
    if isinstance(value, (list, tuple, set)):
        return [str(v) for v in value]
    return [] if value is None else [str(value)]


def _num(value: Any) -> float | None:
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return (resources.files("kg.viz") / _ASSETS / name).read_text(encoding="utf-8")


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


# --------------------------------------------------------------------------- selection


def _entity_score(G: nx.MultiDiGraph, node: str, attrs: dict, score: str) -> float:
    if score == "papers":
        return _num(attrs.get("papers")) or 0.0
    if score == "mentions":
        return _num(attrs.get("mentions")) or 0.0
    if score == "degree":
        return float(
            sum(1 for _, _, k in G.out_edges(node, keys=True) if k == "co_mention")
            + sum(1 for _, _, k in G.in_edges(node, keys=True) if k == "co_mention")
        )
    value = _num(attrs.get("trend_score"))
    return -math.inf if value is None else value


def _select_entities(G: nx.MultiDiGraph, max_nodes: int | None, score: str) -> tuple[list[str], int]:
    entities = [(n, a) for n, a in G.nodes(data=True) if a.get("kind") == "entity"]
    total = len(entities)
    if score == "trend" and not any(_num(a.get("trend_score")) is not None for _, a in entities):
        raise ValueError("score='trend' needs a 'trend_score' attribute on entity nodes (kg.trends)")
    ranked = sorted(
        entities,
        key=lambda na: (
            -_entity_score(G, na[0], na[1], score),
            -(_num(na[1].get("papers")) or 0.0),
            _str(na[1].get("label")).lower(),
            na[0],
        ),
    )
    if max_nodes is not None:
        ranked = ranked[:max_nodes]
    return [n for n, _ in ranked], total


# --------------------------------------------------------------------------- data


def graph_data(
    G: nx.MultiDiGraph,
    *,
    max_nodes: int | None = 2000,
    score: str = "papers",
    title: str = "kg knowledge graph",
    show_papers: bool | None = None,
    max_edges: int = 10000,
    seed: int = 1,
    iterations: int | None = None,
    period: str | None = None,
) -> dict:
    """Everything the page shows, as plain JSON-ready data (no HTML).

    Parameters are those of :func:`write_html`. The returned dict has ``meta``
    (counts, options, year range), ``nodes`` and ``edges`` (vis-network records
    built by pyvis, with kg's own fields under ``kg``) and ``papers`` (the
    paper records the detail panel lists).

    Examples
    --------
    >>> from kg.model import Paper, DocExtraction, Mention
    >>> from kg.graph import build_graph
    >>> p = Paper(id="p1", title="LoRA", abstract="We tune with LoRA.", date="2025-03-01")
    >>> x = DocExtraction("p1", p.text, sentences=[(0, 4), (6, len(p.text))],
    ...     mentions=[Mention(0, 4, "LoRA", "Method", "lora", "LoRA", 0)])
    >>> d = graph_data(build_graph([p], [x]), show_papers=False)
    >>> d["meta"]["entities_shown"], [n["label"] for n in d["nodes"]]
    (1, ['LoRA'])
    """
    if score not in SCORES:
        raise ValueError(f"score must be one of {', '.join(SCORES)}; got {score!r}")
    if max_nodes is not None and max_nodes < 1:
        raise ValueError(f"max_nodes must be a positive integer or None; got {max_nodes!r}")
    if max_edges < 0:
        raise ValueError(f"max_edges must be >= 0; got {max_edges!r}")
    if period not in (None, "month", "quarter", "year"):
        raise ValueError(f"period must be 'month', 'quarter', 'year' or None; got {period!r}")

    shown, total_entities = _select_entities(G, max_nodes, score)
    shown_set = set(shown)
    # node attributes and in-edges read from the graph's dicts: the popular entities shown
    # have ~440k mention edges at 75k papers, and networkx's views cost ~1 us per item
    node_attrs = dict(G.nodes(data=True))
    pred = G._pred  # node -> {source: {key: attributes}}, the order of G.in_edges(node)
    all_papers = [n for n, a in node_attrs.items() if a.get("kind") == "paper"]
    if show_papers is None:
        show_papers = len(all_papers) <= AUTO_PAPERS_MAX
    periods, period_totals, period_index = _paper_periods(node_attrs, all_papers, period)

    # per-entity years and most recent papers, from paper -> entity mention edges
    years: dict[str, Counter] = defaultdict(Counter)
    undated: Counter = Counter()
    refs: dict[str, list[str]] = defaultdict(list)
    paper_hits: Counter = Counter()
    series: dict[str, list[int]] = {}
    for node in shown:
        node_years, node_refs, node_undated = years[node], refs[node], 0
        node_series = series[node] = [0] * len(periods) if periods else None
        for src, keydict in pred[node].items():
            for key in keydict:
                if key != "mentions":
                    continue
                a = node_attrs[src]
                if a.get("kind") != "paper":
                    continue
                year = a.get("year")
                if isinstance(year, int):
                    node_years[year] += 1
                else:
                    node_undated += 1
                node_refs.append(src)
                paper_hits[src] += 1
                if node_series is not None:
                    i = period_index.get(src)
                    if i is not None:
                        node_series[i] += 1
        if node_undated:
            undated[node] += node_undated
    # a family node (no mentions of its own) is "seen" whenever its members are
    for node in shown:
        if node_attrs[node].get("papers"):
            continue
        for member, keydict in pred[node].items():
            for key in keydict:
                if key != "broader":
                    continue
                for src, member_keys in pred[member].items():
                    for k in member_keys:
                        if k == "mentions" and node_attrs[src].get("kind") == "paper":
                            year = node_attrs[src].get("year")
                            if isinstance(year, int):
                                years[node][year] += 1
                            else:
                                undated[node] += 1

    def paper_sort_key(p: str) -> tuple:
        return (_str(node_attrs[p].get("date")), p)

    paper_shown: list[str] = []
    if show_papers:
        candidates = sorted(paper_hits, key=lambda p: (-paper_hits[p],) + tuple(paper_sort_key(p)))
        paper_shown = sorted(candidates[:MAX_PAPER_NODES], key=paper_sort_key)
    paper_shown_set = set(paper_shown)

    # candidate edges between shown nodes
    structural: list[tuple[str, str, str, dict]] = []
    comention: list[tuple[str, str, str, dict]] = []
    succ = G._succ  # as pred: the order of G.out_edges(node)
    for u in shown + paper_shown:
        for v, keydict in succ[u].items():
            if v not in shown_set:
                continue
            for key, attrs in keydict.items():
                if u in shown_set or (u in paper_shown_set and key in ("mentions", "proposes")):
                    (comention if key == "co_mention" else structural).append((u, v, key, attrs))
    comention_total = len(comention)
    comention.sort(key=lambda e: (-(e[3].get("weight") or 0), e[0], e[1]))
    room = max(0, max_edges - len(structural))
    kept_edges = structural[:max_edges] + comention[:room]
    structural_left_out = max(0, len(structural) - max_edges)

    # layout on every candidate edge (all co-mentions help placement)
    t0 = time.perf_counter()
    # co-mention springs are normalised like a cosine (weight / sqrt(deg u * deg v)):
    # the clique of one paper's entities then pulls about as hard as a single link
    co_degree: Counter = Counter()
    for u, v, _, _ in comention:
        co_degree[u] += 1
        co_degree[v] += 1
    layout_edges = []
    for u, v, key, attrs in structural + comention:
        if key == "co_mention":
            w = (_num(attrs.get("weight")) or 1.0) / math.sqrt(co_degree[u] * co_degree[v])
        elif key == "broader":
            w = 1.5
        else:  # relations, and paper -> entity links
            w = 1.0
        layout_edges.append((u, v, w))
    pos = force_layout(shown + paper_shown, layout_edges, seed=seed, iterations=iterations)
    layout_seconds = time.perf_counter() - t0

    # pyvis builds the vis-network records
    net = Network(directed=True, cdn_resources="in_line")
    dated_years = [y for y in (node_attrs[p].get("year") for p in all_papers) if isinstance(y, int)]
    trend_classes: Counter = Counter()
    has_trend_score = False
    type_counts: Counter = Counter()
    for node in shown:
        a = G.nodes[node]
        etype = _str(a.get("type")) or "Other"
        type_counts[etype] += 1
        tclass = a.get("trend_class")
        tscore = _num(a.get("trend_score"))
        if tclass is not None:
            trend_classes[_str(tclass)] += 1
        has_trend_score = has_trend_score or tscore is not None
        family = a.get("family")
        family_node = f"entity:{family}" if family else None
        recent = sorted(refs.get(node, []), key=paper_sort_key, reverse=True)[:PAPERS_PER_ENTITY]
        x, y = pos[node]
        net.add_node(
            node,
            label=_str(a.get("label")) or node,
            shape="dot",
            color=TYPE_COLORS.get(etype, OTHER_TYPE_COLOR),
            x=x,
            y=y,
            value=float(_int(a.get("papers")) or 0),
            kg={
                "kind": "entity",
                "type": etype,
                "aliases": _strs(a.get("aliases")),
                "papers": _int(a.get("papers")) or 0,
                "mentions": _int(a.get("mentions")) or 0,
                "first_seen": _opt_str(a.get("first_seen")),
                "last_seen": _opt_str(a.get("last_seen")),
                "trend_class": None if tclass is None else _str(tclass),
                "trend_score": tscore,
                "family": _str(G.nodes[family_node].get("label"))
                if family_node and family_node in G
                else None,
                "years": sorted([y, c] for y, c in years[node].items()),
                "undated": undated[node],
                "series": series.get(node) if _int(a.get("papers")) else None,
                "recent": recent,
            },
        )
    for node in paper_shown:
        a = G.nodes[node]
        x, y = pos[node]
        net.add_node(
            node,
            label=" ",
            shape="square",
            color=PAPER_COLOR,
            x=x,
            y=y,
            value=0.0,
            kg={"kind": "paper", "year": a.get("year") if isinstance(a.get("year"), int) else None},
        )

    # paper records for the detail panel: shown papers and each entity's recent ones
    listed = set(paper_shown)
    for node in shown:
        listed.update(net.node_map[node]["kg"]["recent"])
    edge_evidence: dict[int, list[dict]] = {}
    for i, (u, v, key, attrs) in enumerate(kept_edges):
        evidence = attrs.get("evidence")
        if isinstance(evidence, str):  # paper -> entity mention edges: one sentence
            evidence = [{"paper": u.removeprefix("paper:"), "sentence": evidence}]
        items = []
        for ev in (evidence or [])[:EVIDENCE_PER_EDGE]:
            if isinstance(ev, dict):
                pid = f"paper:{ev.get('paper')}" if ev.get("paper") is not None else None
                if pid in G:
                    listed.add(pid)
                items.append({"paper": pid, "sentence": _str(ev.get("sentence")), "rule": _opt_str(ev.get("rule"))})
        edge_evidence[i] = items
    papers_out = {}
    for p in sorted(listed):
        a = G.nodes[p]
        papers_out[p] = {
            "title": _str(a.get("title")),
            "date": _opt_str(a.get("date")),
            "year": a.get("year") if isinstance(a.get("year"), int) else None,
            "authors": _strs(a.get("authors")),
            "url": safe_url(a.get("url")),
        }

    for i, (u, v, key, attrs) in enumerate(kept_edges):
        weight = _num(attrs.get("weight"))
        extra: dict[str, Any] = {}
        if key == "co_mention":
            extra = {"arrows": {"to": {"enabled": False}}, "width": 0.6 + math.log2(weight or 1.0)}
        elif key == "broader":
            extra = {"arrows": "to", "dashes": True, "width": 1.2}
        elif key in ("mentions", "proposes"):
            extra = {"arrows": {"to": {"enabled": key == "proposes", "scaleFactor": 0.4}},
                     "width": 0.5, "dashes": key == "proposes"}
        else:
            extra = {"arrows": "to", "width": 1.6, "label": key}
        net.add_edge(
            u,
            v,
            id=f"e{i}",
            color=EDGE_COLORS.get(key, "#4d4d4d"),
            kg={
                "kind": _str(key),
                "weight": weight,
                "support": _int(attrs.get("support")),
                "confidence": _num(attrs.get("confidence")),
                "count": _int(attrs.get("count")),
                "evidence": edge_evidence[i],
            },
            **extra,
        )

    nodes, edges, *_ = net.get_network_data()
    edge_kinds = Counter(e["kg"]["kind"] for e in edges)
    present_types = [t for t in ENTITY_TYPES if t in type_counts] + sorted(
        t for t in type_counts if t not in ENTITY_TYPES
    )
    meta = {
        "title": _str(title),
        "kg_version": _str(G.graph.get("kg_version")),
        "created": _str(G.graph.get("created")),
        "score": score,
        "entities_total": total_entities,
        "entities_shown": len(shown),
        "entities_left_out": total_entities - len(shown),
        "papers_total": len(all_papers),
        "paper_nodes": len(paper_shown),
        "show_papers": bool(show_papers),
        "edges_shown": len(edges),
        "co_mention_total": comention_total,
        "co_mention_shown": edge_kinds.get("co_mention", 0),
        "co_mention_left_out": comention_total - edge_kinds.get("co_mention", 0),
        "structural_left_out": structural_left_out,
        "edge_kinds": dict(edge_kinds),
        "years": [min(dated_years), max(dated_years)] if dated_years else None,
        "types": [
            {"name": t, "color": TYPE_COLORS.get(t, OTHER_TYPE_COLOR), "count": type_counts[t]}
            for t in present_types
        ],
        "paper_color": PAPER_COLOR,
        "edge_colors": EDGE_COLORS,
        "relation_types": [r for r in RELATION_TYPES if r != "proposes"],
        "trend_classes": sorted(trend_classes),
        "has_trend_score": has_trend_score,
        "period": period if periods else None,
        "periods": periods,
        "period_totals": period_totals,
        "period_thin": _thin_periods(periods, period_totals) if periods else [],
        "layout_seconds": round(layout_seconds, 3),
    }
    return {"meta": meta, "nodes": nodes, "edges": edges, "papers": papers_out}


def _paper_periods(node_attrs: dict, papers: list[str], period: str | None
                   ) -> tuple[list[str], list[int], dict[str, int]]:
    """The periods of the papers' dates, first to last (gaps included), the papers in each,
    and each placed paper's period index: what the detail panel's trend line is drawn from
    (papers per 1,000 in each period, like trends.csv; :func:`_thin_periods` says which
    periods it skips). Nothing when ``period`` is None or the dates fill fewer than two periods."""
    if period is None:
        return [], [], {}
    from kg.trends import period_of, period_range

    label_of = {}
    for p in papers:
        a = node_attrs[p]
        label = period_of(a.get("date"), a.get("date_precision"), period)
        if label is not None:
            label_of[p] = label
    periods = period_range(set(label_of.values()), period)
    if len(periods) < 2:
        return [], [], {}
    position = {label: i for i, label in enumerate(periods)}
    index = {p: position[label] for p, label in label_of.items()}
    totals = [0] * len(periods)
    for i in index.values():
        totals[i] += 1
    return periods, totals, index


def _thin_periods(periods: list[str], totals: list[int]) -> list[bool]:
    """For each period, whether it has too few papers for a share (the trends skip it too)."""
    from kg.trends import usable_periods

    usable = set(usable_periods(dict(zip(periods, totals))))
    return [p not in usable for p in periods]


# --------------------------------------------------------------------------- HTML


def _summary(meta: dict) -> str:
    """The one-line "what is shown" sentence at the top of the page."""
    text = f"Showing {meta['entities_shown']:,} of {meta['entities_total']:,} entities"
    if meta["entities_left_out"]:
        text += f" (top by {meta['score']}; {meta['entities_left_out']:,} left out)"
    text += f" from {meta['papers_total']:,} papers"
    if meta["paper_nodes"]:
        text += f", {meta['paper_nodes']:,} paper nodes"
    if meta["co_mention_left_out"]:
        text += (
            f"; {meta['co_mention_shown']:,} of {meta['co_mention_total']:,} co-mention links"
            " (strongest)"
        )
    if meta["structural_left_out"]:
        text += f"; {meta['structural_left_out']:,} relation and paper links left out"
    return text + "."


def render_html(G: nx.MultiDiGraph, **options: Any) -> tuple[str, dict]:
    """The page as a string, and the ``meta`` dict of :func:`graph_data`.

    Takes the keyword options of :func:`write_html` (except ``path``).
    """
    report_html = options.pop("report_html", None)
    data = graph_data(G, **options)
    meta = data["meta"]
    vis_js, vis_css, app_js = _asset("vis-network.min.js"), _asset("vis-network.css"), _asset("app.js")
    for name, text in (("vis-network.min.js", vis_js), ("app.js", app_js)):
        lowered = text.lower()
        if "</script" in lowered or "<!--" in lowered:
            raise RuntimeError(f"asset {name} cannot be inlined in a <script> element")
    if "</style" in vis_css.lower():
        raise RuntimeError("vis-network.css cannot be inlined in a <style> element")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    template = env.from_string(_asset("template.html"))
    html = template.render(
        title=_str(meta["title"]),
        summary=_summary(meta),
        csp_scripts=Markup(" ".join(_csp_hash(s) for s in (vis_js, app_js))),
        vis_css=Markup(vis_css),
        vis_js=Markup(vis_js),
        app_js=Markup(app_js),
        # a trusted fragment kg made itself (kg.charts.charts_html escapes every label)
        report=Markup(report_html) if report_html else "",
        # timings stay out of the page so the same graph always gives the same bytes
        data_json=Markup(script_json({**data, "meta": {k: v for k, v in meta.items() if k != "layout_seconds"}})),
    )
    return html, meta


def write_html(
    G: nx.MultiDiGraph,
    path: str | os.PathLike,
    *,
    max_nodes: int | None = 2000,
    score: str = "papers",
    title: str = "kg knowledge graph",
    show_papers: bool | None = None,
    max_edges: int = 10000,
    seed: int = 1,
    iterations: int | None = None,
    report_html: str | None = None,
    period: str | None = None,
) -> dict:
    """Write the graph as a self-contained interactive HTML network.

    Parameters
    ----------
    G
        A graph from :func:`kg.graph.build_graph` (optionally annotated with
        ``trend_class`` / ``trend_score`` entity attributes); not modified.
    path
        Output file; written atomically, parent directories created.
    max_nodes
        Show at most this many entities, the top ones by ``score`` (None: all).
        The page says how many were left out.
    score
        Ranking for ``max_nodes``: ``"papers"`` (distinct papers), ``"mentions"``,
        ``"degree"`` (co-mentioned entities) or ``"trend"`` (``trend_score``).
    title
        Page title and heading (escaped).
    show_papers
        Add paper nodes linked to the entities they mention. None (default):
        only when the graph has at most 100 papers; at most 500 paper nodes.
    max_edges
        Upper bound on drawn edges. Relations, ``broader`` and paper links come
        first, then the strongest co-mention links; the page says what was left out.
    seed, iterations
        Layout seed and iterations (:func:`kg.viz.layout.force_layout`).
    report_html
        A trusted HTML fragment (no scripts, no remote resources), such as
        :func:`kg.charts.charts_html`, shown behind a "Research trends" toggle
        in the header. Never pass text from the input here unescaped.
    period
        ``"month"``, ``"quarter"`` or ``"year"``: each entity's detail panel draws its papers
        per 1,000 in each such period of the papers' dates (the trend period of
        :mod:`kg.trends`); None (default): no trend line.

    Returns
    -------
    dict
        Counts: ``entities_total``, ``entities_shown``, ``entities_left_out``,
        ``papers_total``, ``paper_nodes``, ``edges_shown``, ``co_mention_total``,
        ``co_mention_left_out``, ``layout_seconds``, plus ``path``, ``bytes`` and
        ``note``: the page's "Showing 2,000 of 14,233 entities ..." sentence when
        anything was left out, else ``""``.

    Raises
    ------
    ValueError
        On an unknown ``score``, ``max_nodes < 1``, or ``score="trend"`` without
        ``trend_score`` attributes.
    """
    html, meta = render_html(
        G, max_nodes=max_nodes, score=score, title=title, show_papers=show_papers,
        max_edges=max_edges, seed=seed, iterations=iterations, report_html=report_html, period=period,
    )
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    payload = html.encode("utf-8")
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(payload)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    stats = {
        k: meta[k]
        for k in (
            "entities_total", "entities_shown", "entities_left_out", "papers_total",
            "paper_nodes", "edges_shown", "co_mention_total", "co_mention_left_out",
            "score", "layout_seconds",
        )
    }
    truncated = meta["entities_left_out"] or meta["co_mention_left_out"] or meta["structural_left_out"]
    stats.update(path=str(out), bytes=len(payload), note=_summary(meta) if truncated else "")
    return stats
