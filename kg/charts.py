"""Trend charts: small multiples of the top rising and declining entities per type.

Drawn with matplotlib's object API (no pyplot state, Agg/SVG canvases, no network).
:func:`trend_charts` writes PNG/SVG files; :func:`charts_html` returns a
self-contained HTML fragment (inline SVG, no remote resources) for the HTML report.
"""

from __future__ import annotations

import html
import io
import os
import pickle
import subprocess
import sys
from pathlib import Path

import matplotlib
import pandas as pd
from matplotlib.figure import Figure

from kg.model import ENTITY_TYPES

__all__ = ["trend_charts", "charts_html", "trend_figure", "write_chart_files", "ChartsChild"]

_RC = {
    "font.size": 9,
    "axes.titlesize": 10,
    "axes.titleweight": "bold",
    "axes.labelsize": 8.5,
    "legend.fontsize": 7.5,
    "xtick.labelsize": 7.5,
    "ytick.labelsize": 7.5,
    "svg.hashsalt": "kg-trends",
    "svg.fonttype": "none",
    "axes.spines.top": False,
    "axes.spines.right": False,
}

_PANELS = (("up", ("emerging", "rising"), "rising / emerging"), ("down", ("declining",), "declining"))


def _series(counts: pd.DataFrame, summary: pd.DataFrame) -> tuple[list[str], pd.DataFrame]:
    """Periods to plot and a dense entity x period table of papers per 1,000."""
    periods = summary.attrs.get("periods") or counts.attrs.get("periods")
    if not periods:
        periods = sorted(counts["period"].unique()) if len(counts) else []
    totals = counts.attrs.get("period_totals")
    if not totals:
        totals = dict(zip(counts["period"], counts["total_papers"]))
    periods = [p for p in periods if totals.get(p, 0) > 0]
    if not len(counts) or not periods:
        return periods, pd.DataFrame()
    papers = counts.pivot_table(index="entity", columns="period", values="papers", aggfunc="sum", fill_value=0)
    papers = papers.reindex(columns=periods, fill_value=0)
    per_1000 = papers.div(pd.Series({p: totals[p] for p in periods}), axis=1) * 1000
    return periods, per_1000


def _panels(summary: pd.DataFrame, top: int) -> list[tuple[str, str, pd.DataFrame]]:
    """(type, panel title, rows) for each non-empty panel, types in kg order."""
    if summary.empty:
        return []
    order = {t: i for i, t in enumerate(ENTITY_TYPES)}
    out = []
    for etype in sorted(summary["type"].dropna().unique(), key=lambda t: (order.get(t, 99), str(t))):
        for _, classes, name in _PANELS:
            rows = summary[(summary["type"] == etype) & summary["class"].isin(classes)]
            if rows.empty:
                continue
            key = rows["score"].abs() if "score" in rows else pd.Series(0, index=rows.index)
            rows = rows.assign(_k=key).sort_values("_k", ascending=False).head(top)
            out.append((etype, f"{etype}: {name}", rows))
    return out


def trend_figure(counts: pd.DataFrame, summary: pd.DataFrame, *, top: int = 6) -> Figure:
    """The small-multiples figure (a :class:`matplotlib.figure.Figure`, not shown).

    One row per entity type with trends; left panel its top rising/emerging
    entities, right panel its top declining ones, each line an entity's share
    (papers per 1,000 papers of the period). The recent window, when known from
    ``summary.attrs["recent"]``, is shaded.
    """
    periods, per_1000 = _series(counts, summary)
    panels = _panels(summary, top)
    with matplotlib.rc_context(_RC):
        if not panels or per_1000.empty:
            fig = Figure(figsize=(7, 2.2), layout="constrained")
            ax = fig.add_subplot()
            ax.axis("off")
            ax.text(0.5, 0.5, "No rising, emerging or declining entities\n(too few dated papers or no change)",
                    ha="center", va="center", fontsize=11)
            fig.suptitle("Research trends", fontweight="bold")
            return fig
        types = list(dict.fromkeys(t for t, _, _ in panels))
        fig = Figure(figsize=(12, 2.9 * len(types) + 0.6), layout="constrained")
        axes = fig.subplots(len(types), 2, squeeze=False)
        for row, etype in enumerate(types):
            for col, (_, _, name) in enumerate(_PANELS):
                ax = axes[row, col]
                ax.axis("off")
                ax.text(0.5, 0.5, f"{etype}: no significant {name.split(' /')[0]} entities",
                        ha="center", va="center", color="0.45", transform=ax.transAxes)
        x = list(range(len(periods)))
        step = max(1, -(-len(periods) // 9))
        recent = [p for p in summary.attrs.get("recent", []) if p in periods]
        for etype, title, rows in panels:
            col = 0 if title.endswith("emerging") else 1
            ax = axes[types.index(etype), col]
            ax.clear()
            ax.axis("on")
            if recent:
                ax.axvspan(periods.index(recent[0]) - 0.5, len(periods) - 0.5, color="0.93", zorder=0)
            for row in rows.itertuples(index=False):
                if row.entity not in per_1000.index:
                    continue
                label = str(row.label)
                label = label if len(label) <= 30 else label[:29] + "…"
                tag = " (new)" if row[list(rows.columns).index("class")] == "emerging" else ""
                ax.plot(x, per_1000.loc[row.entity].to_numpy(), marker="o", markersize=2.5,
                        linewidth=1.6, label=label + tag)
            ax.set_title(title, loc="left")
            ax.set_ylabel("papers per 1,000")
            ax.set_xticks(x[::step], [periods[i] for i in x[::step]], rotation=30, ha="right")
            ax.set_ylim(bottom=0)
            ax.grid(axis="y", color="0.88", linewidth=0.6)
            ax.legend(loc="best", frameon=False, ncol=1 if len(rows) <= 4 else 2)
        fig.suptitle("Research trends: share of papers mentioning each entity (shaded: recent window)",
                     fontweight="bold")
        return fig


def trend_charts(
    counts: pd.DataFrame,
    summary: pd.DataFrame,
    path_png: str | os.PathLike,
    path_svg: str | os.PathLike | None = None,
    top: int = 6,
) -> list[Path]:
    """Draw :func:`trend_figure` to a PNG (and optionally an SVG) file.

    Parameters
    ----------
    counts
        :func:`kg.trends.period_counts` (sparse or filled).
    summary
        :func:`kg.trends.summarize` or :func:`kg.trends.classify` output.
    path_png, path_svg
        Files to write; ``path_svg`` None skips the SVG.
    top
        Entities per panel.

    Returns
    -------
    list of pathlib.Path
        The files written.
    """
    fig = trend_figure(counts, summary, top=top)
    written = []
    with matplotlib.rc_context(_RC):
        fig.savefig(path_png, format="png", dpi=110, metadata={"Software": None})
        written.append(Path(path_png))
        if path_svg is not None:
            fig.savefig(path_svg, format="svg", metadata={"Date": None, "Creator": None})
            written.append(Path(path_svg))
    return written


def charts_html(counts: pd.DataFrame, summary: pd.DataFrame, *, top: int = 6, table_top: int = 10) -> str:
    """A self-contained HTML fragment: the trend chart as inline SVG plus a table.

    The fragment is a ``<section class="kg-trends">`` with no scripts, no remote
    resources and no external fonts, ready to embed in the HTML report.

    Examples
    --------
    >>> frag = charts_html(pd.DataFrame(columns=["entity", "period", "papers", "total_papers"]),
    ...                    pd.DataFrame(columns=["entity", "label", "type", "class", "score"]))
    >>> frag.startswith('<section class="kg-trends">'), "<svg" in frag, "http://" in frag.split("<svg")[0]
    (True, True, False)
    """
    fig = trend_figure(counts, summary, top=top)
    buf = io.StringIO()
    with matplotlib.rc_context(_RC):
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]
    rows = []
    if not summary.empty:
        for cls in ("emerging", "rising", "declining"):
            sub = summary[summary["class"] == cls]
            sub = sub.reindex(sub["score"].abs().sort_values(ascending=False).index).head(table_top)
            for r in sub.itertuples(index=False):
                d = r._asdict()
                rows.append(
                    "<tr>" + "".join(
                        f"<td>{html.escape(str(v))}</td>"
                        for v in (d.get("type"), cls, d.get("label"), f"{float(d.get('score', 0)):+.2f}",
                                  d.get("papers", ""), d.get("first_seen", ""), d.get("peak_period", ""))
                    ) + "</tr>"
                )
    table = ""
    if rows:
        head = "".join(f"<th>{h}</th>" for h in ("type", "class", "entity", "score", "papers",
                                                 "first seen", "peak"))
        table = f'<table class="kg-trends-table"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    return (
        '<section class="kg-trends">'
        "<h2>Research trends</h2>"
        f'<figure style="margin:0;max-width:100%;overflow-x:auto">{svg}</figure>'
        f"{table}</section>"
    )


def write_chart_files(counts: pd.DataFrame, summary: pd.DataFrame, outdir: str | os.PathLike, *,
                      top: int = 6) -> list[Path]:
    """:func:`trend_charts` as ``outdir/trends.png`` and ``outdir/trends.svg``, each replaced atomically."""
    from kg.io import atomic_path

    png, svg = Path(outdir) / "trends.png", Path(outdir) / "trends.svg"
    with atomic_path(png, suffix=".png") as tmp_png, atomic_path(svg, suffix=".svg") as tmp_svg:
        trend_charts(counts, summary, tmp_png, tmp_svg, top=top)
    return [png, svg]


class ChartsChild:
    """:func:`write_chart_files` and (with ``report``) :func:`charts_html`, run by a child
    process (:func:`main`, with this process's kg: :func:`kg.childproc.kg_command`) while the caller goes on; :meth:`join` waits for them.

    Drawing the charts is ~3 CPU s of matplotlib at 75k papers, on the build's critical
    path; the child draws them on the other core while the build writes N-Triples and
    tables. The same functions on the same tables give the same bytes (tests compare the
    two). The child starts a Python (~1 s to import matplotlib and pandas), so it pays
    only on large corpora. The tables travel in a pickle beside the files.
    """

    def __init__(self, counts: pd.DataFrame, summary: pd.DataFrame, outdir: str | os.PathLike, *,
                 report: bool, top: int = 6):
        outdir = Path(outdir)
        self.tables = outdir / ".trend-charts.pickle"
        self.fragment = outdir / ".trend-charts.html" if report else None
        with open(self.tables, "wb") as fh:
            pickle.dump((counts, summary, top), fh, protocol=pickle.HIGHEST_PROTOCOL)
        from kg.childproc import kg_command

        cmd = kg_command("kg.charts", str(self.tables), str(outdir))
        if self.fragment is not None:
            cmd.append(str(self.fragment))
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

    def join(self) -> str | None:
        """Wait for the child; return the report fragment (None without ``report``).
        Raises ``OSError`` with the child's last error line when it failed."""
        try:
            _, err = self.proc.communicate()
            if self.proc.returncode != 0:
                last = (err.strip().splitlines() or [f"exit status {self.proc.returncode}"])[-1]
                raise OSError(f"drawing the trend charts failed: {last}")
            return self.fragment.read_bytes().decode("utf-8") if self.fragment is not None else None
        finally:
            self._clean()

    def abort(self) -> None:
        """Stop the child (the build failed) and remove its working files."""
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.communicate()
        self._clean()

    def _clean(self) -> None:
        self.tables.unlink(missing_ok=True)
        if self.fragment is not None:
            self.fragment.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    """``main([TABLES, OUTDIR, FRAGMENT?])``: the work of :class:`ChartsChild`, in the child."""
    args = argv if argv is not None else sys.argv[1:]
    with open(args[0], "rb") as fh:
        counts, summary, top = pickle.load(fh)
    write_chart_files(counts, summary, args[1], top=top)
    if len(args) > 2:
        Path(args[2]).write_bytes(charts_html(counts, summary, top=top).encode("utf-8"))  # no newline translation
    return 0


if __name__ == "__main__":
    sys.exit(main())
