"""Regenerate docs/screenshot.png (the seeds graph) and docs/img/viz-sample.png.

Not a test: run ``/work/venv/bin/python tests/viz/screenshot.py`` from the repo root.
It extracts seeds/ with kg's own pipeline, writes the page with
:func:`kg.viz.write_html`, opens it in offline headless Chromium, selects one
entity (``--select``, default "ImageNet") and saves a 1500x900 screenshot.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def seeds_graph():
    from kg.extract import extract_papers
    from kg.graph import build_graph
    from kg.ingest import read_papers

    papers = list(read_papers([str(ROOT / "seeds")]))
    G = build_graph(papers, list(extract_papers(papers)))
    try:  # trend classes when the papers are dated
        from kg import trends

        for node, attrs in trends.annotate(G).items():
            G.nodes[node].update(attrs)
    except Exception:  # noqa: BLE001 - undated seeds: no trends, still a good picture
        pass
    return G


def shoot(html: Path, png: Path, select: str | None, size=(1500, 900)) -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    from conftest import CHROMIUM, CHROMIUM_ARGS
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": size[0], "height": size[1]}, offline=True)
        context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        page = context.new_page()
        page.goto(html.resolve().as_uri())
        page.wait_for_function("window.kgReady === true", timeout=120_000)
        if select:
            page.fill("#kg-search", select)
            page.press("#kg-search", "Enter")
            page.evaluate("() => kgNetwork.moveTo({scale: 0.5, position: kgNetwork.getPosition("
                          "kgNetwork.getSelectedNodes()[0])})")
        page.wait_for_timeout(600)
        png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(png))
        browser.close()


def main(argv=None) -> None:
    from kg.viz import write_html

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--select", default="ImageNet")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "graph.html"
        print(write_html(seeds_graph(), html, title="kg: 29 arXiv abstracts (seeds/)"))
        shoot(html, ROOT / "docs" / "screenshot.png", args.select)


if __name__ == "__main__":
    main()
