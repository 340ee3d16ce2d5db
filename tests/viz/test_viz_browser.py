"""The generated page in headless Chromium, offline: it draws, filters, searches, and
treats hostile text as text. Any non-file request is aborted and fails the test."""

from __future__ import annotations

import pytest
from conftest import (  # tests/viz/conftest.py
    CLOSE,
    EVIL_LABEL,
    EVIL_TITLE,
    EVIL_TYPE,
    IMG,
    JS_URL,
    PAGE_TITLE,
    SEPS,
    make_synthetic_graph,
)

from kg.viz import write_html

pytestmark = pytest.mark.browser

COUNT_KINDS = """() => {
  const out = {};
  kgNodes.forEach(n => { const k = n.kg.kind === 'paper' ? 'paper' : n.kg.type; out[k] = (out[k] || 0) + 1; });
  return out;
}"""
VISIBLE_IDS = "() => kgNodeView.getIds().sort()"
CANVAS_INK = """() => {
  const c = document.querySelector('#kg-network canvas');
  const ctx = c.getContext('2d');
  const d = ctx.getImageData(0, 0, c.width, c.height).data;
  let ink = 0;
  for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200)) ink++;
  return ink;
}"""


def set_range(page, selector, value):
    page.eval_on_selector(
        selector,
        "(el, v) => { el.value = String(v); el.dispatchEvent(new Event('input', {bubbles: true})); }",
        value,
    )


@pytest.fixture
def sample_page(sample_graph, tmp_path, offline_page):
    path = tmp_path / "sample.html"
    write_html(sample_graph, path)
    offline_page.open(path)
    return offline_page


def test_page_draws_offline_with_one_node_per_entity(sample_page, sample_graph):
    page = sample_page.page
    assert page.locator("#kg-network canvas").count() == 1
    assert page.evaluate(CANVAS_INK) > 500
    kinds = page.evaluate(COUNT_KINDS)
    assert kinds == {"Method": 3, "Model": 5, "Benchmark": 2, "Metric": 1, "paper": 3}
    entities = sorted(n for n, k in sample_graph.nodes(data="kind") if k == "entity")
    ids = page.evaluate("() => kgNodes.get({filter: n => n.kg.kind === 'entity'}).map(n => n.id).sort()")
    assert ids == entities
    assert page.evaluate("() => kgNetwork.body.data.nodes.length") == 14
    assert "Showing 11 of 11 entities" in page.inner_text("#kg-summary")
    assert sample_page.remote_requests() == []
    assert sample_page.errors == []


def test_search_selects_and_describes_a_node(sample_page):
    page = sample_page.page
    page.fill("#kg-search", "mathvista")
    page.press("#kg-search", "Enter")
    assert page.evaluate("() => kgNetwork.getSelectedNodes()") == ["entity:mathvista"]
    assert page.inner_text("#kg-detail h2") == "MathVista"
    assert "Benchmark" in page.inner_text("#kg-detail")
    assert "Found: MathVista" in page.inner_text("#kg-search-status")
    # the selection's neighbourhood stays in colour, the rest is dimmed
    assert page.evaluate("() => kgNodes.get('entity:lora').color.background") == "#eceff1"
    assert page.evaluate("() => kgNodes.get('entity:vision-r1-7b').color.background") != "#eceff1"
    # prefix search picks the entity with the most papers among the matches
    page.fill("#kg-search", "vision-r1-7")
    page.press("#kg-search", "Enter")
    assert page.evaluate("() => kgNetwork.getSelectedNodes()") == ["entity:vision-r1-7b"]
    detail = page.inner_text("#kg-detail")
    assert "Family\nVision-R1" in detail  # broader link
    assert "evaluatedOn MathVista" in detail  # relation with its evidence sentence
    assert "Vision-R1-7B achieves 73.5% accuracy on MathVista." in detail
    page.fill("#kg-search", "no such thing")
    page.press("#kg-search", "Enter")
    assert "No shown entity matches" in page.inner_text("#kg-search-status")
    assert sample_page.remote_requests() == []


def test_type_filter_hides_nodes(sample_page):
    page = sample_page.page
    before = page.evaluate(VISIBLE_IDS)
    page.uncheck('#kg-types input[value="Model"]')
    after = page.evaluate(VISIBLE_IDS)
    assert len(after) == len(before) - 5
    assert page.evaluate("() => kgNodeView.get().filter(n => n.kg.type === 'Model').length") == 0
    assert "6 of 11 entities visible" in page.inner_text("#kg-visible")
    page.uncheck('#kg-types input[value="__paper__"]')
    assert len(page.evaluate(VISIBLE_IDS)) == 6
    page.check('#kg-types input[value="Model"]')
    assert len(page.evaluate(VISIBLE_IDS)) == 11
    assert page.evaluate(CANVAS_INK) > 500


def test_period_filter(sample_page):
    page = sample_page.page
    orca_paper = {"entity:orca", "entity:gpt-4", "entity:vicuna-13b", "entity:bbh"}
    set_range(page, "#kg-year-from", 2024)
    visible = set(page.evaluate(VISIBLE_IDS))
    assert not visible & orca_paper  # only seen in 2023
    assert {"entity:mathvista", "entity:grpo", "entity:lora", "entity:sara"} <= visible
    assert "paper:arXiv:2306.02707" not in visible
    page.uncheck("#kg-undated")  # LoRA and SaRA are only in an undated paper
    visible = set(page.evaluate(VISIBLE_IDS))
    assert "entity:lora" not in visible and "entity:mathvista" in visible
    set_range(page, "#kg-year-from", 2023)
    set_range(page, "#kg-year-to", 2023)
    visible = set(page.evaluate(VISIBLE_IDS))
    assert {n for n in visible if n.startswith("entity:")} == orca_paper
    # size by papers in the period follows the filter
    page.select_option("#kg-size", "period")
    assert page.evaluate("() => kgNodes.get('entity:orca').value") == 1
    assert page.evaluate("() => kgNodes.get('entity:mathvista').value") == 0
    assert sample_page.remote_requests() == []


def test_hostile_text_stays_text(xss_graph, tmp_path, offline_page):
    path = tmp_path / "xss.html"
    write_html(xss_graph, path, title=PAGE_TITLE)
    offline_page.open(path)
    page = offline_page.page
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert page.title() == PAGE_TITLE
    assert page.inner_text("#kg-title") == PAGE_TITLE
    assert page.evaluate("() => document.querySelectorAll('img, svg, iframe, object, embed').length") == 0
    assert page.evaluate("() => document.scripts.length") == 3
    # legend shows the hostile type name literally
    assert EVIL_TYPE in page.inner_text("#kg-types")
    # the entity's detail panel, opened through the search box
    page.fill("#kg-search", "Evil")
    page.press("#kg-search", "Enter")
    detail = page.text_content("#kg-detail")
    assert EVIL_LABEL in detail and EVIL_TITLE in detail and SEPS in detail
    # relation evidence, shown literally in the edge panel
    eid = page.evaluate("() => kgEdges.get({filter: e => e.kg.kind === 'evaluatedOn'})[0].id")
    page.evaluate("id => kgShow(id)", eid)
    edge_text = page.text_content("#kg-detail")
    assert CLOSE in edge_text and EVIL_LABEL in edge_text
    # the paper panel: authors literal; the javascript: URL never became a link
    pid = page.evaluate("() => kgNodes.get({filter: n => n.kg.kind === 'paper'}).map(n => n.id)"
                        ".find(id => id.startsWith('paper:x1'))")
    page.evaluate("id => kgShow(id)", pid)
    paper_text = page.text_content("#kg-detail")
    assert IMG in paper_text and CLOSE in paper_text and JS_URL in paper_text
    hrefs = page.evaluate("() => Array.from(document.querySelectorAll('a[href]')).map(a => a.href)")
    assert all(h.startswith(("http://", "https://")) for h in hrefs), hrefs
    # hover tooltips are built from text too
    page.evaluate("id => kgNetwork.emit('hoverNode', {node: id, pointer: {DOM: {x: 50, y: 50}}})", pid)
    assert EVIL_TITLE in page.text_content("#kg-tip")
    page.wait_for_timeout(200)
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert page.title() == PAGE_TITLE
    assert offline_page.remote_requests() == []


@pytest.mark.slow
def test_two_thousand_entities_render(tmp_path, offline_page, record_property):
    G = make_synthetic_graph(2600, 4000, seed=1)
    path = tmp_path / "big.html"
    stats = write_html(G, path, max_nodes=2000)
    assert stats["entities_shown"] == 2000 and stats["entities_left_out"] == 600
    seconds = offline_page.open(path, timeout_ms=180_000)
    page = offline_page.page
    assert page.evaluate("() => kgNodes.get({filter: n => n.kg.kind === 'entity'}).length") == 2000
    assert page.evaluate(CANVAS_INK) > 2000
    assert "Showing 2,000 of 2,600 entities" in page.inner_text("#kg-summary")
    # a big graph opens without its grey co-mention lines; the checkbox brings them back
    co_mentions = "() => kgEdgeView.get().filter(e => e.kg.kind === 'co_mention').length"
    assert page.evaluate(co_mentions) == 0
    assert not page.is_checked('#kg-links input[value="co_mention"]')
    page.check('#kg-links input[value="co_mention"]')
    assert page.evaluate(co_mentions) > 1000
    page.uncheck('#kg-links input[value="co_mention"]')
    # zoomed out to fit 2,000 nodes, vis-network draws no label: the largest get landmark labels
    landmarks = page.evaluate("() => kgLandmarks")
    assert 10 <= len(landmarks) <= 40
    largest = page.evaluate("() => kgNodeView.get().filter(n => n.kg.kind === 'entity')"
                            ".sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : 1))[0].label")
    assert largest in landmarks
    # zoomed far in, vis-network draws those labels itself, and the landmarks give way
    page.evaluate("() => kgNetwork.moveTo({scale: 40})")
    page.wait_for_timeout(300)
    assert len(page.evaluate("() => kgLandmarks")) < len(landmarks)
    record_property("layout_seconds", stats["layout_seconds"])
    record_property("open_seconds", round(seconds, 2))
    record_property("first_draw_ms", page.evaluate("window.kgRenderMs"))
    print(f"\n2,000 entities / {stats['edges_shown']} edges: layout {stats['layout_seconds']} s, "
          f"page drawn in {seconds:.2f} s (first draw at {page.evaluate('window.kgRenderMs')} ms), "
          f"{stats['bytes'] / 1e6:.1f} MB")
    assert offline_page.remote_requests() == []
    assert offline_page.errors == []


def test_colour_and_size_by_trend(sample_graph, tmp_path, offline_page):
    G = sample_graph.copy()
    G.nodes["entity:grpo"].update(trend_class="emerging", trend_score=2.0)
    G.nodes["entity:lora"].update(trend_class="declining", trend_score=-1.0)
    G.nodes["paper:arXiv:2306.02707"]["url"] = "https://arxiv.org/abs/2306.02707"
    path = tmp_path / "trend.html"
    write_html(G, path)
    offline_page.open(path)
    page = offline_page.page
    page.select_option("#kg-color", "trend")
    legend = page.inner_text("#kg-trend-legend")
    assert "emerging" in legend and "declining" in legend and "no trend class" in legend
    grpo = page.evaluate("() => kgNodes.get('entity:grpo').color.background")
    lora = page.evaluate("() => kgNodes.get('entity:lora').color.background")
    orca = page.evaluate("() => kgNodes.get('entity:orca').color.background")
    assert len({grpo, lora, orca}) == 3
    page.select_option("#kg-size", "growth")
    assert page.evaluate("() => kgNodes.get('entity:grpo').value") == 2.0
    assert page.evaluate("() => kgNodes.get('entity:orca').value") == -1.0  # no score: the minimum
    page.fill("#kg-search", "GRPO")
    page.press("#kg-search", "Enter")
    assert "emerging (score 2)" in page.inner_text("#kg-detail")
    # an http(s) paper URL becomes a plain navigation link in the detail panel
    page.evaluate("() => kgShow('paper:arXiv:2306.02707')")
    links = page.evaluate("() => Array.from(document.querySelectorAll('#kg-detail a'))"
                          ".map(a => [a.href, a.rel, a.target])")
    assert links == [["https://arxiv.org/abs/2306.02707", "noopener noreferrer", "_blank"]]
    assert offline_page.remote_requests() == [] and offline_page.errors == []


def test_detail_panel_draws_the_entity_trend_line(sample_graph, tmp_path, offline_page):
    path = tmp_path / "periods.html"
    write_html(sample_graph, path, period="year")
    offline_page.open(path)
    page = offline_page.page
    page.evaluate("() => kgShow('entity:orca')")
    detail = page.text_content("#kg-detail")
    assert "Over time" in detail
    assert ("Papers per 1,000, per year, 2023 to 2025; peak 1000.0 in 2023; 1 with too few papers left out"
            in detail)
    tips = page.evaluate("() => Array.from(document.querySelectorAll('#kg-detail svg.kg-trend-line circle title'))"
                         ".map(t => t.textContent)")
    assert tips == ["2023: 1 of 1 papers (1000.0 per 1,000)", "2025: 0 of 1 papers (0.0 per 1,000)"]  # (no 2024)
    box = page.eval_on_selector("#kg-detail svg.kg-trend-line", "s => s.getBoundingClientRect().height")
    assert box > 40  # drawn, not collapsed
    page.evaluate("() => kgShow('entity:sara')")  # mentioned by the undated paper only: a flat line
    assert "Over time" in page.text_content("#kg-detail")
    assert offline_page.remote_requests() == [] and offline_page.errors == []
    # without a period (undated input, no trends), no trend line
    write_html(sample_graph, path)
    offline_page.open(path)
    page.evaluate("() => kgShow('entity:orca')")
    assert "Over time" not in page.text_content("#kg-detail")
