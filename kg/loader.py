"""Load a kg output folder back for analysis: the graph and its tables.

:func:`load` (also :func:`kg.load`) reads ``graph.graphml`` into a
``networkx.MultiDiGraph`` following the graph contract (``docs/architecture.md``)
and the CSV tables into pandas DataFrames, without re-extracting anything.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pandas as pd

from kg.errors import KgError

__all__ = ["KgBundle", "load", "read_graphml"]

#: CSV outputs read into the bundle: attribute name -> file name
TABLES = {
    "entities": "entities.csv",
    "papers": "papers.csv",
    "relations": "relations.csv",
    "results": "results.csv",
    "trends": "trends.csv",
    "summary": "trends_summary.csv",
}

#: columns kept as strings (ids, dates and periods that pandas would turn into numbers)
_STRING_COLUMNS = (
    "id", "entity", "paper", "head", "tail", "subject", "dataset", "metric", "label", "title",
    "date", "date_precision", "period", "first_seen", "last_seen", "peak_period", "family",
)

_NODE_JSON = ("aliases", "authors")
_PAPER_DEFAULTS = {"date": None, "date_precision": None, "year": None, "url": None, "authors": []}
_ENTITY_DEFAULTS = {"first_seen": None, "last_seen": None, "family": None, "aliases": []}


@dataclass
class KgBundle:
    """A kg output folder in memory.

    ``graph`` is None only when the folder has tables but no ``graph.graphml``;
    each table is None when its CSV was not written (e.g. ``trends`` for undated
    inputs).
    """

    path: Path
    graph: nx.MultiDiGraph | None = None
    entities: pd.DataFrame | None = None
    papers: pd.DataFrame | None = None
    relations: pd.DataFrame | None = None
    results: pd.DataFrame | None = None
    trends: pd.DataFrame | None = None
    summary: pd.DataFrame | None = None
    files: list[str] = field(default_factory=list)

    def __repr__(self) -> str:
        g = "no graph" if self.graph is None else (
            f"{self.graph.number_of_nodes()} nodes, {self.graph.number_of_edges()} edges")
        return f"KgBundle({str(self.path)!r}, {g}, files={self.files})"


def _decode(value, default=None):
    """A JSON-encoded list/dict attribute back to Python (strings that are not JSON stay)."""
    if not isinstance(value, str):
        return value if value is not None else default
    text = value.strip()
    if not text or text[0] not in "[{":
        return value
    try:
        return json.loads(text)
    except ValueError:
        return value


def read_graphml(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read a kg ``graph.graphml`` back into the graph contract.

    GraphML stores no lists, dicts or None, so :mod:`kg.tables` writes list and
    dict attributes as JSON strings and leaves ``None`` values out. This reverses
    both: node attributes ``aliases`` and ``authors`` and the ``evidence`` of
    relation and ``proposes`` edges (a list of dicts; the ``evidence`` of a
    ``mentions`` edge is a plain sentence and stays one) are decoded from JSON,
    and missing contract attributes (``date``, ``url``, ``family``, ...) come back
    as None. Edge keys are the GraphML edge ids (the edge kind).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("entity:lora", kind="entity", label="LoRA", aliases='["LoRA", "low-rank adaptation"]')
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "graph.graphml"
    >>> nx.write_graphml(G, p)
    >>> H = read_graphml(p)
    >>> H.nodes["entity:lora"]["aliases"], H.nodes["entity:lora"]["family"]
    (['LoRA', 'low-rank adaptation'], None)
    """
    try:
        G = nx.read_graphml(path, force_multigraph=True)
    except Exception as exc:  # ElementTree / networkx parse errors
        raise KgError(f"{path}: not a readable GraphML file ({exc})") from exc
    if not G.is_directed():
        G = nx.MultiDiGraph(G)
    for _, data in G.nodes(data=True):
        for key in _NODE_JSON:
            if key in data:
                data[key] = _decode(data[key], [])
        kind = data.get("kind")
        defaults = _PAPER_DEFAULTS if kind == "paper" else _ENTITY_DEFAULTS if kind == "entity" else {}
        for key, default in defaults.items():
            data.setdefault(key, list(default) if isinstance(default, list) else default)
    for _, _, key, data in G.edges(keys=True, data=True):
        kind = data.get("kind") or key
        if kind != "mentions" and "evidence" in data:
            data["evidence"] = _decode(data["evidence"], [])
    if "results" in G.graph:
        G.graph["results"] = _decode(G.graph["results"], [])
    else:
        G.graph["results"] = []
    return G


def _read_csv(path: Path) -> pd.DataFrame:
    head = pd.read_csv(path, nrows=0)
    dtypes = {c: str for c in head.columns if c in _STRING_COLUMNS}
    # only empty cells are missing: a model called "NA" or "None" stays a string
    return pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values=[""])


def load(outdir: str | os.PathLike) -> KgBundle:
    """Load a kg output folder (from ``kg build``) for analysis.

    Parameters
    ----------
    outdir
        The folder holding ``graph.graphml`` and the CSV tables.

    Returns
    -------
    KgBundle
        ``.graph`` (:func:`read_graphml`), and ``.entities``, ``.papers``,
        ``.relations``, ``.results``, ``.trends``, ``.summary`` DataFrames for the
        CSVs that exist (None otherwise).

    Raises
    ------
    KgError
        When ``outdir`` is missing or holds neither ``graph.graphml`` nor any kg
        CSV table.

    Examples
    --------
    >>> import tempfile
    >>> load(tempfile.mkdtemp())  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.errors.KgError: ...: no kg outputs here (expected graph.graphml or entities.csv, ...); run `kg build` first
    """
    path = Path(outdir)
    if not path.is_dir():
        raise KgError(f"{path}: no such folder; run `kg build -o {path}` first")
    graphml = path / "graph.graphml"
    found = [name for name in ["graph.graphml", *TABLES.values()] if (path / name).is_file()]
    if not found:
        raise KgError(
            f"{path}: no kg outputs here (expected graph.graphml or "
            f"{', '.join(list(TABLES.values())[:3])}, ...); run `kg build` first"
        )
    bundle = KgBundle(path=path, files=found)
    if graphml.is_file():
        bundle.graph = read_graphml(graphml)
    for attr, name in TABLES.items():
        if (path / name).is_file():
            try:
                setattr(bundle, attr, _read_csv(path / name))
            except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
                raise KgError(f"{path / name}: not a readable CSV table ({exc})") from exc
    return bundle
