"""The knowledge graph as a self-contained interactive HTML network.

``write_html(G, "outputs/graph.html", max_nodes=2000)`` writes one file that
works offline (vis-network inlined, no CDN); see :mod:`kg.viz.html`.
"""

from kg.viz.html import render_html, write_html
from kg.viz.layout import force_layout

__all__ = ["write_html", "render_html", "force_layout"]
