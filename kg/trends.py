"""Research trends over time: which entities are rising, emerging, declining or stable.

Pure functions over the knowledge graph (see ``docs/architecture.md``) and the tables
they return; no I/O except :func:`write_trends`, a thin writer on top. The method is
described in ``docs/trends.md``; in short:

1. :func:`mention_table` lists each (entity, paper) pair with the paper's date;
2. :func:`period_counts` counts, per period (month, quarter or year), the papers that
   mention each entity and divides by all papers of that period (the *share*);
3. :func:`classify` compares each entity's share in the recent window (the last
   periods) with the earlier window by an exact conditional binomial test of two
   Poisson rates, ranks entities by a conservative log2 rate ratio (a credible bound
   shrunk towards "no change" by a prior worth a few papers, so two mentions never
   top the list), and drops one-period spikes by re-scoring without the window's
   peak period.

Papers with ``date is None`` are counted (``attrs["undated"]``) but sit in no period.
Papers dated to the year only cannot be placed in a month or quarter: they are left
out of month and quarter series and counted in ``attrs["unplaced"]``.
"""

from __future__ import annotations

import functools
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import networkx as nx
import numpy as np
import pandas as pd
from scipy import stats

from kg.io import atomic_path
from kg.model import ENTITY_TYPES

__all__ = [
    "PERIODS",
    "CLASSES",
    "mention_table",
    "paper_table",
    "period_of",
    "period_range",
    "usable_periods",
    "choose_period",
    "period_counts",
    "classify",
    "summarize",
    "trend_attributes",
    "annotate",
    "node_attributes",
    "top_table",
    "write_trends",
    "compute_trends",
    "write_trend_files",
    "TrendResult",
]

#: the period lengths kg can count by
PERIODS = ("month", "quarter", "year")

#: trend classes, in display order
CLASSES = ("emerging", "rising", "declining", "stable")

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")

_MENTION_COLUMNS = ["entity", "label", "type", "paper", "date", "precision"]
_PAPER_COLUMNS = ["paper", "date", "precision"]
_COUNT_COLUMNS = ["entity", "label", "type", "period", "papers", "total_papers", "share", "per_1000"]
_CLASS_COLUMNS = [
    "entity", "label", "type", "class", "score", "log2_ratio", "p_value", "q_value",
    "recent_per_1000", "earlier_per_1000", "delta_per_1000", "first_seen", "last_seen",
    "peak_period", "papers", "recent_papers", "earlier_papers", "persistent",
]


def _strip(node: str, prefix: str) -> str:
    return node[len(prefix):] if isinstance(node, str) and node.startswith(prefix) else node


@functools.lru_cache(maxsize=4096)  # a corpus has a few hundred distinct dates, each asked ~10 times
def _precision(date: str | None, precision: str | None) -> str | None:
    """The precision of a date, inferred from its spelling when not given."""
    if not date:
        return None
    match = _DATE.match(str(date))
    if not match:
        return None
    written = "day" if match.group(3) else "month" if match.group(2) else "year"
    if precision in ("year", "month", "day"):
        # never claim more precision than the string carries
        order = {"year": 0, "month": 1, "day": 2}
        return precision if order[precision] <= order[written] else written
    return written


def period_of(date: str | None, precision: str | None, period: str) -> str | None:
    """The period a date falls in, or None when the date cannot be placed in one.

    Parameters
    ----------
    date
        An ISO date at any precision (``"2025"``, ``"2025-03"``, ``"2025-03-18"``).
    precision
        ``"year"``, ``"month"``, ``"day"`` or None (inferred from ``date``).
    period
        ``"month"`` (``"2025-03"``), ``"quarter"`` (``"2025-Q1"``) or ``"year"``
        (``"2025"``).

    Examples
    --------
    >>> period_of("2025-03-18", "day", "month"), period_of("2025-03-18", "day", "quarter")
    ('2025-03', '2025-Q1')
    >>> period_of("2025", "year", "month") is None, period_of("2025", "year", "year")
    (True, '2025')
    >>> period_of(None, None, "year") is None
    True
    """
    _check_period(period)
    return _period_of(date, precision, period)


@functools.lru_cache(maxsize=4096)
def _period_of(date: str | None, precision: str | None, period: str) -> str | None:
    prec = _precision(date, precision)
    if prec is None:
        return None
    match = _DATE.match(str(date))
    year = match.group(1)
    if period == "year":
        return year
    if prec == "year":
        return None
    month = int(match.group(2))
    if not 1 <= month <= 12:
        return None
    if period == "month":
        return f"{year}-{month:02d}"
    return f"{year}-Q{(month - 1) // 3 + 1}"


def _check_period(period: str) -> None:
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")


def _period_index(label: str, period: str) -> int:
    """A period as an integer, so ranges can be enumerated."""
    year = int(label[:4])
    if period == "year":
        return year
    if period == "month":
        return year * 12 + int(label[5:7]) - 1
    return year * 4 + int(label[6]) - 1


def _period_label(index: int, period: str) -> str:
    if period == "year":
        return str(index)
    if period == "month":
        return f"{index // 12}-{index % 12 + 1:02d}"
    return f"{index // 4}-Q{index % 4 + 1}"


def period_range(labels: Iterable[str], period: str) -> list[str]:
    """Every period from the first to the last of ``labels``, gaps included."""
    idx = [_period_index(p, period) for p in labels]
    if not idx:
        return []
    return [_period_label(i, period) for i in range(min(idx), max(idx) + 1)]


#: periods with fewer papers than this fraction of the median period (such as a partial
#: last month) say nothing about shares: :func:`classify` and the page's trend lines skip them
MIN_PERIOD_FRACTION = 0.2


def usable_periods(totals: dict[str, int], min_period_fraction: float = MIN_PERIOD_FRACTION) -> list[str]:
    """The periods of ``totals`` (period -> papers, in order) with enough papers to compare shares.

    >>> usable_periods({"2025-01": 100, "2025-02": 0, "2025-03": 90, "2025-04": 12})
    ['2025-01', '2025-03']
    """
    sizes = np.array([n for n in totals.values() if n > 0], dtype=float)
    floor = min_period_fraction * float(np.median(sizes)) if len(sizes) else 0.0
    return [p for p, n in totals.items() if n > 0 and n >= floor]


def mention_table(G: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per (entity, paper) pair from the graph's ``mentions`` edges.

    Parameters
    ----------
    G
        A knowledge graph from :func:`kg.graph.build_graph` (or :func:`kg.loader.load`).

    Returns
    -------
    pandas.DataFrame
        Columns ``entity`` (entity id, without the ``entity:`` prefix), ``label``,
        ``type``, ``paper`` (paper id), ``date`` (ISO string or None) and
        ``precision`` (``"year"``, ``"month"``, ``"day"`` or None). Undated papers
        are kept here (``date`` None); :func:`period_counts` leaves them out of the
        series and counts them. ``attrs["papers"]`` is the number of papers in ``G``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("paper:p1", kind="paper", date="2025-03-18", date_precision="day")
    >>> G.add_node("entity:lora", kind="entity", label="LoRA", type="Method")
    >>> G.add_edge("paper:p1", "entity:lora", key="mentions", kind="mentions", count=2)
    'mentions'
    >>> mention_table(G).to_dict("records")
    [{'entity': 'lora', 'label': 'LoRA', 'type': 'Method', 'paper': 'p1', 'date': '2025-03-18', 'precision': 'day'}]
    """
    nodes = G.nodes
    # each paper and entity recurs in many rows: describe each once
    paper_cols: dict[str, tuple] = {}
    entity_cols: dict[str, tuple] = {}
    paper_rows: list[tuple] = []
    entity_rows: list[tuple] = []
    repeated = False  # an (entity, paper) pair met twice: only then is there anything to drop
    # G.edges(keys=True, data="kind") walked by hand, in the same order (the report view's
    # generator costs ~1 us per edge, and a large graph has millions)
    for u, nbrs in G.adjacency():
        p = None
        for v, keydict in nbrs.items():
            found = 0
            for key, data in keydict.items():
                if (data.get("kind") or key) != "mentions":
                    continue
                found += 1
                if p is None:
                    p = paper_cols.get(u)
                    if p is None:
                        paper = nodes[u]
                        date = paper.get("date") or None
                        p = paper_cols[u] = (_strip(u, "paper:"), date,
                                             _precision(date, paper.get("date_precision")))
                e = entity_cols.get(v)
                if e is None:
                    entity = nodes[v]
                    eid = _strip(v, "entity:")
                    e = entity_cols[v] = (eid, entity.get("label") or eid, entity.get("type"))
                entity_rows.append(e)
                paper_rows.append(p)
            repeated = repeated or found > 1
    # two nodes with one id ("paper:x" and "x") would also repeat a pair
    repeated = (repeated or len({p[0] for p in paper_cols.values()}) < len(paper_cols)
                or len({e[0] for e in entity_cols.values()}) < len(entity_cols))
    columns = list(zip(*entity_rows)) + list(zip(*paper_rows)) if entity_rows else [()] * 6
    table = pd.DataFrame(dict(zip(_MENTION_COLUMNS, columns)), columns=_MENTION_COLUMNS, dtype=object)
    if repeated:
        table = table.drop_duplicates(["entity", "paper"], ignore_index=True)
    table.attrs["papers"] = sum(1 for _, k in G.nodes(data="kind") if k == "paper")
    return table


def paper_table(G: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per paper node: ``paper`` id, ``date`` and ``precision``.

    These are the denominators of every share: all papers, including those that
    mention no entity.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("paper:p1", kind="paper", date="2025", date_precision="year")
    >>> G.add_node("paper:p2", kind="paper", date=None, date_precision=None)
    >>> paper_table(G).to_dict("records")
    [{'paper': 'p1', 'date': '2025', 'precision': 'year'}, {'paper': 'p2', 'date': None, 'precision': None}]
    """
    rows = []
    for node, data in G.nodes(data=True):
        if data.get("kind") != "paper":
            continue
        date = data.get("date") or None
        rows.append((_strip(node, "paper:"), date, _precision(date, data.get("date_precision"))))
    return pd.DataFrame(rows, columns=_PAPER_COLUMNS, dtype=object)


def choose_period(papers: pd.DataFrame | nx.MultiDiGraph) -> str:
    """Pick a period length for a corpus: the finest one its dates support.

    ``"year"`` when fewer than half the dated papers have a month, otherwise
    ``"month"`` for spans up to 3 years, ``"quarter"`` up to 10 years, else ``"year"``.

    Examples
    --------
    >>> choose_period(pd.DataFrame({"date": ["2025-01-02", "2025-06"], "precision": ["day", "month"]}))
    'month'
    >>> choose_period(pd.DataFrame({"date": ["2018", "2025-06"], "precision": ["year", "month"]}))
    'quarter'
    >>> choose_period(pd.DataFrame({"date": ["2015", "2016", "2025-06"], "precision": ["year"] * 2 + ["month"]}))
    'year'
    """
    if isinstance(papers, nx.Graph):
        papers = paper_table(papers)
    dated = [(d, p) for d, p in zip(papers["date"], papers["precision"]) if _precision(d, p)]
    if not dated:
        return "year"
    monthly = [period_of(d, p, "month") for d, p in dated]
    placed = [m for m in monthly if m]
    if len(placed) * 2 < len(dated):
        return "year"
    years = [int(d[:4]) for d, _ in dated]
    span = max(years) - min(years) + 1
    return "month" if span <= 3 else "quarter" if span <= 10 else "year"


def period_counts(
    data: nx.MultiDiGraph | pd.DataFrame,
    period: str = "month",
    *,
    papers: pd.DataFrame | None = None,
    fill: bool = False,
) -> pd.DataFrame:
    """Papers mentioning each entity per period, and their share of all papers.

    Parameters
    ----------
    data
        A knowledge graph, or a :func:`mention_table`.
    period
        ``"month"``, ``"quarter"`` or ``"year"``.
    papers
        A :func:`paper_table` giving the denominators. Taken from the graph when
        ``data`` is one; when a mention table is given without it, the denominators
        are the papers that appear in the table (papers that mention no entity are
        then missing from them, so shares are slightly too high).
    fill
        Also emit rows with ``papers == 0`` for every period between an entity's
        first and the corpus's last period (``False``: only non-zero rows).

    Returns
    -------
    pandas.DataFrame
        Columns ``entity, label, type, period, papers, total_papers, share,
        per_1000`` sorted by entity and period. ``attrs`` hold ``period``,
        ``periods`` (every period of the corpus, gaps included), ``period_totals``
        (``{period: papers}``), ``papers`` (all papers), ``undated`` (papers with no
        date) and ``unplaced`` (dated to the year only, so outside month/quarter
        series).

    Examples
    --------
    >>> m = pd.DataFrame({"entity": ["lora", "lora", "grpo"], "label": ["LoRA", "LoRA", "GRPO"],
    ...                   "type": ["Method"] * 3, "paper": ["a", "b", "b"],
    ...                   "date": ["2025-01-05", "2025-02", "2025-02"], "precision": ["day", "month", "month"]})
    >>> p = pd.DataFrame({"paper": ["a", "b", "c", "d"], "date": ["2025-01-05", "2025-02", "2025", None],
    ...                   "precision": ["day", "month", "year", None]})
    >>> c = period_counts(m, "month", papers=p)
    >>> c[["entity", "period", "papers", "total_papers", "share"]].to_dict("records")
    [{'entity': 'grpo', 'period': '2025-02', 'papers': 1, 'total_papers': 1, 'share': 1.0}, {'entity': 'lora', 'period': '2025-01', 'papers': 1, 'total_papers': 1, 'share': 1.0}, {'entity': 'lora', 'period': '2025-02', 'papers': 1, 'total_papers': 1, 'share': 1.0}]
    >>> c.attrs["undated"], c.attrs["unplaced"], c.attrs["period_totals"]
    (1, 1, {'2025-01': 1, '2025-02': 1})
    """
    _check_period(period)
    if isinstance(data, nx.Graph):
        table = mention_table(data)
        papers = paper_table(data)
    else:
        table = data
    if papers is None:
        papers = table.drop_duplicates("paper")[["paper", "date", "precision"]]
    papers = papers.drop_duplicates("paper")
    paper_period = {}
    undated = unplaced = 0
    for pid, date, prec in zip(papers["paper"], papers["date"], papers["precision"]):
        p = period_of(date, prec, period)
        if p is None:
            if _precision(date, prec) is None:
                undated += 1
            else:
                unplaced += 1
            continue
        paper_period[pid] = p
    totals = pd.Series(paper_period, dtype=object).value_counts() if paper_period else pd.Series(dtype=int)
    periods = period_range(totals.index, period)
    period_totals = {p: int(totals.get(p, 0)) for p in periods}

    rows = pd.DataFrame(
        {
            "entity": table["entity"].to_numpy(dtype=object),
            "label": table["label"].to_numpy(dtype=object),
            "type": table["type"].to_numpy(dtype=object),
            "period": table["paper"].map(paper_period).to_numpy(dtype=object),
        }
    )
    rows = rows[rows["period"].notna()]
    meta = rows.drop_duplicates("entity").set_index("entity")[["label", "type"]]
    counted = rows.groupby(["entity", "period"], sort=True).size().rename("papers").reset_index()
    if fill and len(counted):
        first = counted.groupby("entity")["period"].min()
        dense = [(e, p) for e, start in first.items() for p in periods if p >= start]
        counted = (
            pd.DataFrame(dense, columns=["entity", "period"])
            .merge(counted, on=["entity", "period"], how="left")
            .fillna({"papers": 0})
        )
    out = pd.DataFrame(
        {
            "entity": counted["entity"].to_numpy(dtype=object),
            "label": counted["entity"].map(meta["label"]).to_numpy(dtype=object),
            "type": counted["entity"].map(meta["type"]).to_numpy(dtype=object),
            "period": counted["period"].to_numpy(dtype=object),
            "papers": counted["papers"].to_numpy(dtype=np.int64),
        }
    )
    out["total_papers"] = out["period"].map(period_totals).astype(np.int64)
    out["share"] = (out["papers"] / out["total_papers"].where(out["total_papers"] > 0)).fillna(0.0)
    out["per_1000"] = (out["share"] * 1000).round(3)
    out = out[_COUNT_COLUMNS].sort_values(["entity", "period"], ignore_index=True)
    out.attrs.update(
        period=period,
        periods=periods,
        period_totals=period_totals,
        papers=len(papers),
        undated=undated,
        unplaced=unplaced,
    )
    return out


def _auto_recent(n_periods: int) -> int:
    """Default recent window: the last third of the periods, at least 2 when there are 4+."""
    if n_periods < 2:
        return 0
    recent = max(1, n_periods // 3)
    return max(recent, 2) if n_periods >= 4 else recent


def _log2_odds(p: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.log2(p) - np.log2(1.0 - p)


def classify(
    counts: pd.DataFrame,
    *,
    min_support: int = 5,
    recent_periods: int | None = None,
    alpha: float = 0.05,
    min_log2_ratio: float = 0.58,
    pseudo: float = 5.0,
    min_history: int = 2,
    min_period_fraction: float = MIN_PERIOD_FRACTION,
    baseline_periods: int | None = None,
) -> pd.DataFrame:
    """Classify entities as emerging, rising, declining or stable.

    The periods are split into a *recent* window (the last ``recent_periods``) and
    an *earlier* window (the rest). With ``a`` and ``b`` the papers mentioning an
    entity in each window and ``n_R``, ``n_E`` all papers in each window, the rate
    ratio ``RR = (a / n_R) / (b / n_E)`` is tested against 1 with the exact
    conditional binomial test (given ``a + b``, ``a ~ Binomial(a + b, w)`` with ``w
    = n_R / (n_R + n_E)`` under no change); the score is a credible bound of RR
    shrunk towards 1 by a Beta prior worth ``pseudo`` papers.

    Parameters
    ----------
    counts
        A :func:`period_counts` table (sparse or filled).
    min_support
        Classify only entities mentioned by at least this many placed papers;
        rarer ones are left out of the result.
    recent_periods
        Length of the recent window; default: a third of the periods (at least 2
        when there are 4 or more).
    alpha
        Significance level: for the Benjamini-Hochberg q-value across entities,
        for the one-sided confidence bounds behind ``score``, and for the
        persistence re-test.
    min_log2_ratio
        Smallest shrunken log2 rate ratio called a change (0.58 = 1.5x).
    pseudo
        Prior weight in papers, split between the windows in proportion to their
        size, that shrinks ``log2_ratio`` and ``score`` towards "no change": the
        fewer an entity's mentions, the more it is shrunk.
    min_history
        An entity absent from the earlier window is *emerging* only when that
        window has at least this many periods (otherwise it is *rising*).
    min_period_fraction
        Periods with fewer papers than this fraction of the median period (e.g. a
        partial last month) are ignored.
    baseline_periods
        Compare the recent window with only the first ``baseline_periods``
        periods (the *baseline*) instead of all earlier ones; the periods in
        between are then only used for *emerging* (absent from every earlier
        period). None: all earlier periods are the baseline.

    Returns
    -------
    pandas.DataFrame
        One row per classified entity: ``entity, label, type, class, score,
        log2_ratio, p_value, q_value, recent_per_1000, earlier_per_1000,
        delta_per_1000, first_seen, last_seen, peak_period, papers,
        recent_papers, earlier_papers, persistent``, sorted by decreasing score.
        ``delta_per_1000`` is the absolute change in share (recent minus
        earlier, per 1,000 papers): sort by it for the *largest* gains rather
        than the *fastest*. ``score`` is a
        conservative, shrunken log2 rate ratio: with ``pi = a / (a + b)`` given
        the posterior ``Beta(a + pseudo * w, b + pseudo * (1 - w))``, the
        ``alpha`` lower bound of log2 RR for an increase (the smaller of the
        bounds with and without the recent window's peak period), the ``1 -
        alpha`` upper bound for a decrease (the larger of the bounds with and
        without the earlier window's peak period), 0 when the interval covers
        1. Few mentions give wide, strongly shrunk intervals, so rare entities
        score near 0 and never top the list. ``attrs`` hold the windows and
        parameters.

    Notes
    -----
    * *rising*: ``q_value < alpha`` (two-sided test, Benjamini-Hochberg across
      the classified entities), ``log2_ratio >= min_log2_ratio`` and ``score >
      0``. Because the score is also computed without the recent peak period, the
      increase must persist beyond any single period (``persistent``): a
      one-period spike is not a trend. With a one-period recent window this check
      cannot be made.
    * *emerging*: rising and never mentioned in the earlier window, which has at
      least ``min_history`` periods.
    * *declining*: the mirror image (the earlier window's peak period is left out
      for the persistence check, so an old one-period spike is not a decline).
    * *stable*: everything else with enough support, including entities whose
      change is not significant. With fewer than two usable periods every entity
      is stable (score 0, p-value NaN).

    Examples
    --------
    >>> periods = [f"2025-{m:02d}" for m in range(1, 10)]
    >>> series = {"up": [1, 1, 1, 2, 2, 3, 9, 10, 12], "flat": [5] * 9}
    >>> counts = pd.DataFrame([(e, e.upper(), "Method", p, n, 100) for e, ns in series.items()
    ...                        for p, n in zip(periods, ns)],
    ...                       columns=["entity", "label", "type", "period", "papers", "total_papers"])
    >>> classify(counts)[["entity", "class", "first_seen", "peak_period"]].to_dict("records")
    [{'entity': 'up', 'class': 'rising', 'first_seen': '2025-01', 'peak_period': '2025-09'}, {'entity': 'flat', 'class': 'stable', 'first_seen': '2025-01', 'peak_period': '2025-01'}]
    """
    empty = pd.DataFrame({c: pd.Series(dtype=object) for c in _CLASS_COLUMNS})
    period = counts.attrs.get("period")
    totals = counts.attrs.get("period_totals")
    if totals is None:
        totals = dict(zip(counts["period"], counts["total_papers"])) if len(counts) else {}
        if totals and period in PERIODS:
            totals = {p: int(totals.get(p, 0)) for p in period_range(totals, period)}
    totals = {p: int(n) for p, n in sorted(totals.items())}
    periods = usable_periods(totals, min_period_fraction)
    if not periods or not len(counts):
        empty.attrs.update(periods=periods, recent=[], earlier=[])
        return empty

    kept = counts[counts["period"].isin(periods)]
    matrix = kept.pivot_table(index="entity", columns="period", values="papers", aggfunc="sum", fill_value=0)
    matrix = matrix.reindex(columns=periods, fill_value=0)
    support = matrix.sum(axis=1)
    matrix = matrix[support >= max(1, min_support)]
    if matrix.empty:
        empty.attrs.update(periods=periods, recent=[], earlier=[])
        return empty
    meta = kept.drop_duplicates("entity").set_index("entity").loc[matrix.index, ["label", "type"]]
    C = matrix.to_numpy(dtype=float)
    N = np.array([totals[p] for p in periods], dtype=float)
    T = len(periods)

    recent = _auto_recent(T) if recent_periods is None else int(recent_periods)
    if recent < 0:
        raise ValueError("recent_periods must be positive")
    recent = min(recent, T - 1) if T >= 2 else 0
    nE_periods = T - recent
    shares = C / N
    with np.errstate(invalid="ignore"):
        peak_ok = N >= 0.25 * np.median(N)
    peak = np.where(peak_ok, shares, -1.0).argmax(axis=1)
    nz = C > 0
    first = nz.argmax(axis=1)
    last = T - 1 - nz[:, ::-1].argmax(axis=1)

    out = pd.DataFrame(
        {
            "entity": matrix.index.to_numpy(dtype=object),
            "label": meta["label"].to_numpy(dtype=object),
            "type": meta["type"].to_numpy(dtype=object),
        }
    )
    out["first_seen"] = [periods[i] for i in first]
    out["last_seen"] = [periods[i] for i in last]
    out["peak_period"] = [periods[i] for i in peak]
    out["papers"] = C.sum(axis=1).astype(np.int64)

    if recent == 0:
        out["class"] = "stable"
        out["score"] = 0.0
        out["log2_ratio"] = 0.0
        for col in ("p_value", "q_value", "recent_per_1000", "earlier_per_1000", "delta_per_1000"):
            out[col] = np.nan
        out["recent_papers"] = out["papers"]
        out["earlier_papers"] = 0
        out["persistent"] = False
        out = out[_CLASS_COLUMNS]
        out.attrs.update(periods=periods, recent=periods, earlier=[])
        return out

    a = C[:, nE_periods:].sum(axis=1)
    nB = nE_periods if not baseline_periods else max(1, min(int(baseline_periods), nE_periods))
    b = C[:, :nB].sum(axis=1)
    before = C[:, :nE_periods].sum(axis=1)  # every earlier period, for "emerging"
    nR = N[nE_periods:].sum()
    nE = N[:nB].sum()
    n = a + b
    w = nR / (nR + nE)
    p_up = stats.binom.sf(a - 1, n, w)
    p_down = stats.binom.cdf(a, n, w)
    p_two = np.minimum(1.0, 2.0 * np.minimum(p_up, p_down))
    q = stats.false_discovery_control(p_two) if len(p_two) else p_two

    def bounds(a, b, nR, nE):
        """One-sided 1 - alpha bounds (lower, upper) of log2 RR, shrunk towards no change.

        pi = a / (a + b) has posterior Beta(a + pseudo * w, b + pseudo * (1 - w))
        under a prior worth ``pseudo`` papers centred on RR = 1 (pi = w).
        """
        w = nR / (nR + nE)
        with np.errstate(divide="ignore", invalid="ignore"):
            x, y = a + pseudo * w, b + pseudo * (1 - w)
            lo = stats.beta.ppf(alpha, x, y)
            hi = stats.beta.ppf(1 - alpha, x, y)
            offset = np.log2(nE / nR)
            return _log2_odds(lo) + offset, _log2_odds(hi) + offset

    lo_log, hi_log = bounds(a, b, nR, nE)
    with np.errstate(divide="ignore", invalid="ignore"):
        lr = np.log2((a + pseudo * w) / (b + pseudo * (1 - w))) + math.log2(nE / nR)

    # persistence: the same bound without the window's peak period (by papers), so a
    # one-period spike neither scores high nor passes as a trend
    rows = np.arange(len(C))
    if recent >= 2:
        rpeak = nE_periods + C[:, nE_periods:].argmax(axis=1)
        lo2, _ = bounds(a - C[rows, rpeak], b, nR - N[rpeak], nE)
        lo_log = np.minimum(lo_log, lo2)
        up_ok = lo2 > 0
    else:
        up_ok = lo_log > 0
    if nB >= 2:
        epeak = C[:, :nB].argmax(axis=1)
        _, hi2 = bounds(a, b - C[rows, epeak], nR, nE - N[epeak])
        hi_log = np.maximum(hi_log, hi2)
        down_ok = hi2 < 0
    else:
        down_ok = hi_log < 0
    score = np.where(lo_log > 0, lo_log, np.where(hi_log < 0, hi_log, 0.0))

    up = (q < alpha) & (lr >= min_log2_ratio) & (score > 0)
    down = (q < alpha) & (lr <= -min_log2_ratio) & (score < 0)
    rising = up
    declining = down
    emerging = rising & (before == 0) & (nE_periods >= min_history)
    cls = np.where(emerging, "emerging", np.where(rising, "rising", np.where(declining, "declining", "stable")))

    out["class"] = cls
    out["score"] = np.round(score, 4)
    out["log2_ratio"] = np.round(lr, 4)
    out["p_value"] = p_two
    out["q_value"] = q
    out["recent_per_1000"] = np.round(1000 * a / nR, 3)
    out["earlier_per_1000"] = np.round(1000 * b / nE, 3)
    out["delta_per_1000"] = np.round(1000 * (a / nR - b / nE), 3)
    out["recent_papers"] = a.astype(np.int64)
    out["earlier_papers"] = b.astype(np.int64)
    out["persistent"] = np.where(lr >= 0, up_ok, down_ok)
    out = out[_CLASS_COLUMNS].sort_values(
        ["score", "papers", "entity"], ascending=[False, False, True], ignore_index=True
    )
    out.attrs.update(
        periods=periods,
        recent=periods[nE_periods:],
        earlier=periods[:nB],
        recent_papers=int(nR),
        earlier_papers=int(nE),
        min_support=min_support,
        alpha=alpha,
        min_log2_ratio=min_log2_ratio,
    )
    return out


def _type_order(t) -> int:
    return ENTITY_TYPES.index(t) if t in ENTITY_TYPES else len(ENTITY_TYPES)


def summarize(classified: pd.DataFrame, *, top: int | None = None) -> pd.DataFrame:
    """The trends_summary table: classified entities grouped by type and class.

    Within a type, classes come in :data:`CLASSES` order; emerging and rising
    entities by decreasing score, declining by increasing score (steepest first),
    stable by decreasing papers.

    Parameters
    ----------
    classified
        A :func:`classify` result.
    top
        Keep at most this many entities per (type, class); None keeps all.

    Returns
    -------
    pandas.DataFrame
        Columns ``entity, label, type, class, score, log2_ratio, p_value, q_value,
        first_seen, last_seen, peak_period, papers, recent_papers, earlier_papers,
        recent_per_1000, earlier_per_1000, delta_per_1000`` and ``rank`` (1-based within type and
        class).

    Examples
    --------
    >>> c = pd.DataFrame({"entity": ["a", "b", "c"], "label": ["A", "B", "C"], "type": ["Model"] * 3,
    ...                   "class": ["declining", "rising", "declining"], "score": [-1.0, 2.0, -3.0],
    ...                   "papers": [9, 8, 7]})
    >>> summarize(c)[["entity", "class", "rank"]].to_dict("records")
    [{'entity': 'b', 'class': 'rising', 'rank': 1}, {'entity': 'c', 'class': 'declining', 'rank': 1}, {'entity': 'a', 'class': 'declining', 'rank': 2}]
    """
    columns = [
        "entity", "label", "type", "class", "score", "log2_ratio", "p_value", "q_value",
        "first_seen", "last_seen", "peak_period", "papers", "recent_papers", "earlier_papers",
        "recent_per_1000", "earlier_per_1000", "delta_per_1000",
    ]
    if classified.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns + ["rank"]})
    df = classified.copy()
    df["_t"] = df["type"].map(_type_order)
    df["_c"] = df["class"].map({c: i for i, c in enumerate(CLASSES)})
    df["_k"] = np.where(
        df["class"] == "declining", df["score"],
        np.where(df["class"] == "stable", -df["papers"].astype(float), -df["score"]),
    )
    df = df.sort_values(["_t", "type", "_c", "_k", "entity"], ignore_index=True)
    df["rank"] = df.groupby(["type", "class"]).cumcount() + 1
    if top is not None:
        df = df[df["rank"] <= top]
    return df[[c for c in columns if c in df.columns] + ["rank"]].reset_index(drop=True)


def trend_attributes(classified: pd.DataFrame) -> dict[str, dict]:
    """Node attributes for the graph: ``{node: {"trend_class": ..., "trend_score": ...}}``.

    Keys are entity node ids (``entity:<id>``); set them with
    ``networkx.set_node_attributes(G, trend_attributes(classified))``. Entities
    too rare to classify get no entry.

    Examples
    --------
    >>> c = pd.DataFrame({"entity": ["grpo"], "class": ["rising"], "score": [1.23456]})
    >>> trend_attributes(c)
    {'entity:grpo': {'trend_class': 'rising', 'trend_score': 1.235}}
    """
    return {
        f"entity:{e}": {"trend_class": str(c), "trend_score": round(float(s), 3)}
        for e, c, s in zip(classified["entity"], classified["class"], classified["score"])
    }


def annotate(
    G: nx.MultiDiGraph, *, period: str = "auto", min_support: int = 5, **options
) -> dict[str, dict]:
    """Classify the entities of ``G`` and return :func:`trend_attributes` (G is not changed).

    ``period="auto"`` uses :func:`choose_period`; other options go to :func:`classify`.

    Examples
    --------
    >>> annotate(nx.MultiDiGraph())
    {}
    """
    if period == "auto":
        period = choose_period(G)
    return trend_attributes(classify(period_counts(G, period), min_support=min_support, **options))


#: the name :mod:`kg.pipeline` uses for :func:`annotate`
node_attributes = annotate


def top_table(summary: pd.DataFrame, *, top: int = 5, classes: Iterable[str] = CLASSES[:3]) -> str:
    """A plain-text table of the top entities per type and class (for terminals).

    Examples
    --------
    >>> s = pd.DataFrame({"entity": ["grpo"], "label": ["GRPO"], "type": ["Method"], "class": ["rising"],
    ...                   "score": [1.5], "papers": [40], "first_seen": ["2025-01"],
    ...                   "recent_per_1000": [12.0], "earlier_per_1000": [3.0], "rank": [1]})
    >>> print(top_table(s))
    Method
      rising     GRPO                             score  +1.50  40 papers  3.0 -> 12.0 per 1k
    """
    lines: list[str] = []
    classes = list(classes)
    if summary.empty:
        return "no entity has enough dated mentions to classify"
    for etype in sorted(summary["type"].unique(), key=lambda t: (_type_order(t), str(t))):
        block = []
        for cls in classes:
            sub = summary[(summary["type"] == etype) & (summary["class"] == cls)].head(top)
            for i, row in enumerate(sub.itertuples(index=False)):
                name = cls if i == 0 else ""
                block.append(
                    f"  {name:<10} {str(row.label)[:32]:<32} score {row.score:+6.2f}"
                    f"  {int(row.papers)} papers  {row.earlier_per_1000:.1f} -> {row.recent_per_1000:.1f} per 1k"
                )
        if block:
            lines.append(str(etype))
            lines.extend(block)
    return "\n".join(lines) if lines else "no rising, emerging or declining entities"


def write_trends(
    G: nx.MultiDiGraph,
    outdir: str | os.PathLike,
    period: str = "auto",
    *,
    types: Iterable[str] | None = None,
    min_support: int = 5,
    recent_periods: int | None = None,
    charts: bool = True,
    top: int = 6,
    **options,
) -> list[Path]:
    """Write trends.csv, trends_summary.csv and (with ``charts``) trends.png/.svg.

    A thin I/O layer over :func:`period_counts`, :func:`classify` and
    :func:`summarize`; each file is written atomically (temp file in ``outdir``,
    then :func:`os.replace`).

    Parameters
    ----------
    G
        The knowledge graph.
    outdir
        Existing or new folder.
    period
        ``"month"``, ``"quarter"``, ``"year"`` or ``"auto"`` (:func:`choose_period`).
    types
        Only these entity types (default: all).
    min_support, recent_periods, options
        Passed to :func:`classify`.
    charts
        Also draw ``trends.png`` and ``trends.svg`` (:func:`kg.charts.trend_charts`).
    top
        Entities per chart panel.

    Returns
    -------
    list of pathlib.Path
        The files written. ``trends.csv`` holds ``entity, label, type, period,
        papers, total_papers, share, per_1000`` for the classified entities;
        ``trends_summary.csv`` is :func:`summarize` of :func:`classify`.
    """
    trends = compute_trends(G, period, types=types, min_support=min_support,
                            recent_periods=recent_periods, **options)
    return write_trend_files(trends, outdir, charts=charts, top=top)


@dataclass
class TrendResult:
    """Everything one trend computation yields, so callers compute it once."""

    period: str
    series: pd.DataFrame  # trends.csv rows (classified entities only)
    classified: pd.DataFrame  # :func:`classify` output
    summary: pd.DataFrame  # trends_summary.csv rows

    def node_attributes(self) -> dict[str, dict]:
        """``{node: {"trend_class", "trend_score"}}`` for the graph's entity nodes."""
        return trend_attributes(self.classified)


def compute_trends(
    G: nx.MultiDiGraph,
    period: str = "auto",
    *,
    types: Iterable[str] | None = None,
    min_support: int = 5,
    recent_periods: int | None = None,
    **options,
) -> TrendResult:
    """Count, classify and summarise in one pass (pure; see :func:`write_trends`)."""
    papers = paper_table(G)
    if period == "auto":
        period = choose_period(papers)
    counts = period_counts(mention_table(G), period, papers=papers)  # = period_counts(G, period)
    if types:
        wanted = set(types)
        attrs = dict(counts.attrs)
        counts = counts[counts["type"].isin(wanted)].reset_index(drop=True)
        counts.attrs.update(attrs)
    classified = classify(counts, min_support=min_support, recent_periods=recent_periods, **options)
    summary = summarize(classified)
    series = counts[counts["entity"].isin(set(classified["entity"]))].reset_index(drop=True)
    series.attrs.update(counts.attrs)
    return TrendResult(period, series, classified, summary)


def write_trend_files(trends: TrendResult, outdir: str | os.PathLike, *, charts: bool = True,
                      top: int = 6) -> list[Path]:
    """Write trends.csv, trends_summary.csv and (with ``charts``) trends.png/.svg atomically."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    series, summary = trends.series, trends.summary
    with atomic_path(outdir / "trends.csv") as tmp:
        series.to_csv(tmp, index=False)
    with atomic_path(outdir / "trends_summary.csv") as tmp:
        summary.to_csv(tmp, index=False)
    written = [outdir / "trends.csv", outdir / "trends_summary.csv"]
    if charts:
        from kg.charts import write_chart_files

        written += write_chart_files(series, summary, outdir, top=top)
    return written
