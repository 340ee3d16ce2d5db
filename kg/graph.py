"""Papers and extractions -> one networkx MultiDiGraph (see docs/architecture.md).

The graph is the single in-memory model every exporter reads: RDF, CSV, GraphML,
HTML and trends. Building it is a pure function of its inputs.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from datetime import datetime, timezone
from typing import Iterable

import networkx as nx

from kg import __version__
from kg.model import DocExtraction, Paper

__all__ = ["build_graph", "paper_node", "entity_node", "entity_nodes", "paper_nodes"]


def paper_node(paper_id: str) -> str:
    """Node id of a paper.

    >>> paper_node("arXiv:2503.11677")
    'paper:arXiv:2503.11677'
    """
    return f"paper:{paper_id}"


def entity_node(entity_id: str) -> str:
    """Node id of an entity.

    >>> entity_node("lora")
    'entity:lora'
    """
    return f"entity:{entity_id}"


def entity_nodes(G: nx.MultiDiGraph) -> list[str]:
    """Entity node ids, in insertion order."""
    return [n for n, kind in G.nodes(data="kind") if kind == "entity"]


def paper_nodes(G: nx.MultiDiGraph) -> list[str]:
    """Paper node ids, in insertion order."""
    return [n for n, kind in G.nodes(data="kind") if kind == "paper"]


class _EntityAcc:
    """Accumulates what the mentions of one entity say across papers."""

    __slots__ = ("types", "labels", "texts", "papers", "mentions", "dates", "families")

    def __init__(self) -> None:
        self.types: Counter[str] = Counter()
        self.labels: Counter[str] = Counter()
        self.texts: Counter[str] = Counter()  # surface forms: the aliases
        self.papers: set[str] = set()
        self.mentions = 0
        self.dates: list[str] = []
        self.families: Counter[str] = Counter()


def build_graph(
    papers: Iterable[Paper],
    extractions: Iterable[DocExtraction],
    *,
    min_comention: int = 1,
    families: dict[str, tuple[str, str]] | None = None,
) -> nx.MultiDiGraph:
    """Build the knowledge graph.

    Parameters
    ----------
    papers, extractions
        Parallel iterables: the i-th extraction belongs to the i-th paper
        (``extraction.paper_id == paper.id``). They are consumed once.
    min_comention
        Keep a co-mention edge only when at least this many papers mention both
        entities (1 keeps all; raise it on large corpora to bound the edge count).
    families
        Optional mapping ``entity_id -> (family_id, family_label)`` for ``broader``
        links; by default :func:`kg.extract.normalize.family` is asked when present.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes and edges as documented in ``docs/architecture.md``.

    Examples
    --------
    >>> from kg.model import Mention
    >>> p = Paper(id="p1", title="LoRA", abstract="We tune with LoRA.", date="2025-03-01",
    ...           date_precision="day")
    >>> text = p.text
    >>> x = DocExtraction("p1", text, sentences=[(0, 4), (6, len(text))],
    ...     mentions=[Mention(0, 4, "LoRA", "Method", "lora", "LoRA", 0)])
    >>> G = build_graph([p], [x])
    >>> G.nodes["entity:lora"]["papers"], G.nodes["entity:lora"]["type"]
    (1, 'Method')
    >>> list(G.edges(keys=True))
    [('paper:p1', 'entity:lora', 'mentions')]
    """
    G = nx.MultiDiGraph()
    G.graph.update(
        kg_version=__version__,
        created=datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        papers=0,
        results=[],
    )
    entities: dict[str, _EntityAcc] = defaultdict(_EntityAcc)
    comention: Counter[tuple[str, str]] = Counter()
    relations: dict[tuple[str, str, str], dict] = {}

    for paper, doc in zip(papers, extractions, strict=True):
        if doc.paper_id != paper.id:
            raise ValueError(f"extraction {doc.paper_id!r} does not belong to paper {paper.id!r}")
        pnode = paper_node(paper.id)
        G.add_node(
            pnode,
            kind="paper",
            title=paper.title,
            date=paper.date,
            date_precision=paper.date_precision,
            year=paper.year,
            authors=list(paper.authors),
            url=paper.url,
        )
        G.graph["papers"] += 1
        seen: dict[str, dict] = {}
        for m in doc.mentions:
            acc = entities[m.entity_id]
            acc.types[m.type] += 1
            acc.labels[m.label] += 1
            acc.texts[m.text] += 1
            acc.mentions += 1
            if paper.id not in acc.papers:
                acc.papers.add(paper.id)
                if paper.date:
                    acc.dates.append(paper.date)
            edge = seen.get(m.entity_id)
            if edge is None:
                s_start, s_end = doc.sentences[m.sentence] if doc.sentences else (0, len(doc.text))
                seen[m.entity_id] = {
                    "kind": "mentions",
                    "count": 1,
                    "evidence": doc.text[s_start:s_end],
                    "start": m.start,
                    "end": m.end,
                }
            else:
                edge["count"] += 1
        for eid, attrs in seen.items():
            G.add_edge(pnode, entity_node(eid), key="mentions", **attrs)
        for a, b in itertools.combinations(sorted(seen), 2):
            comention[(a, b)] += 1
        _collect_relations(relations, paper, doc)
        _collect_results(G.graph["results"], paper, doc)

    family_of = families if families is not None else _default_families(entities)
    for eid, acc in entities.items():
        dates = sorted(acc.dates)
        G.add_node(
            entity_node(eid),
            kind="entity",
            label=_display_label(acc),
            type=_majority(acc.types),
            aliases=sorted(acc.texts.keys() | {acc.labels.most_common(1)[0][0]}),
            papers=len(acc.papers),
            mentions=acc.mentions,
            first_seen=dates[0] if dates else None,
            last_seen=dates[-1] if dates else None,
            family=None,
        )
    for eid, (fid, flabel) in family_of.items():
        node, fnode = entity_node(eid), entity_node(fid)
        if fid == eid or node not in G:
            continue
        if fnode not in G:
            G.add_node(
                fnode, kind="entity", label=flabel, type=G.nodes[node]["type"], aliases=[flabel],
                papers=0, mentions=0, first_seen=None, last_seen=None, family=None,
            )
        G.nodes[node]["family"] = fid
        G.add_edge(node, fnode, key="broader", kind="broader")
    for (a, b), weight in comention.items():
        if weight >= min_comention:
            G.add_edge(entity_node(a), entity_node(b), key="co_mention", kind="co_mention", weight=weight)
    for (head, predicate, tail), rel in relations.items():
        rel["support"] = len({e["paper"] for e in rel["evidence"]})
        G.add_edge(head, tail, key=predicate, kind=predicate, **rel)
    return G


_HAS_ACRONYM = re.compile(r"[A-Z][^\sa-z]*[A-Z]")


def _display_label(acc: _EntityAcc) -> str:
    """The entity's label: the most common one, in lowercase when the papers mostly write it so.

    Lexicon names of tasks and metrics often come Title-Cased ("Inference Time",
    "Success Rate") where abstracts write "inference time". A lowercase surface form
    of the label replaces it when it is more frequent than the label's own spelling;
    capitalised variants never do (a sentence-initial "Contrastive learning" is not
    a better label), and names the papers capitalise ("Stable Diffusion") keep it.

    Examples
    --------
    >>> acc = _EntityAcc()
    >>> acc.labels.update({"Inference Time": 3}); acc.texts.update({"inference time": 2, "Inference Time": 1})
    >>> _display_label(acc)
    'inference time'
    >>> acc.texts.update({"Inference Time": 5}); _display_label(acc)
    'Inference Time'
    >>> acc = _EntityAcc(); acc.labels.update({"POS Tagging": 2}); acc.texts.update({"pos tagging": 2})
    >>> _display_label(acc)
    'POS Tagging'
    """
    label = acc.labels.most_common(1)[0][0]
    if _HAS_ACRONYM.search(label):  # "POS tagging" would lose what POS is
        return label
    key = label.casefold()
    best, best_n = label, acc.texts.get(label, 0)
    for text, n in acc.texts.items():
        if n > best_n and text != label and text.casefold() == key and text == text.lower():
            best, best_n = text, n
    return best


def _majority(counts: Counter[str]) -> str:
    """The most frequent type; ties broken by kg's type order for determinism."""
    from kg.model import ENTITY_TYPES

    order = {t: i for i, t in enumerate(ENTITY_TYPES)}
    return min(counts.items(), key=lambda kv: (-kv[1], order.get(kv[0], 99)))[0]


def _default_families(entities: dict[str, _EntityAcc]) -> dict[str, tuple[str, str]]:
    """Ask kg.extract.normalize for each entity's family, when that module offers it."""
    try:
        from kg.extract.normalize import entity_id as _entity_id
        from kg.extract.normalize import family as _family
    except ImportError:
        return {}
    out: dict[str, tuple[str, str]] = {}
    for eid, acc in entities.items():
        etype = _majority(acc.types)
        label = acc.labels.most_common(1)[0][0]
        flabel = _family(label, etype)
        if flabel:
            fid = _entity_id(flabel, etype)
            if fid != eid:
                out[eid] = (fid, flabel)
    return out


def _evidence(paper: Paper, doc: DocExtraction, sentence: int, rule: str, confidence: float) -> dict:
    start, end = doc.sentences[sentence] if doc.sentences else (0, len(doc.text))
    return {
        "paper": paper.id,
        "sentence": doc.text[start:end],
        "start": start,
        "end": end,
        "rule": rule,
        "confidence": round(float(confidence), 3),
    }


def _collect_relations(relations: dict, paper: Paper, doc: DocExtraction) -> None:
    for rel in doc.relations:
        tail = doc.mentions[rel.tail]
        if rel.head is None:
            head_node = paper_node(paper.id)
        else:
            head = doc.mentions[rel.head]
            if head.entity_id == tail.entity_id:
                continue
            head_node = entity_node(head.entity_id)
        key = (head_node, rel.predicate, entity_node(tail.entity_id))
        entry = relations.setdefault(key, {"evidence": [], "confidence": 0.0})
        entry["evidence"].append(_evidence(paper, doc, rel.sentence, rel.rule, rel.confidence))
        entry["confidence"] = max(entry["confidence"], round(float(rel.confidence), 3))


def _collect_results(results: list, paper: Paper, doc: DocExtraction) -> None:
    def node(index):
        return None if index is None else entity_node(doc.mentions[index].entity_id)

    for r in doc.results:
        start, end = doc.sentences[r.sentence] if doc.sentences else (0, len(doc.text))
        results.append(
            {
                "paper": paper.id,
                "subject": node(r.subject),
                "dataset": node(r.dataset),
                "metric": node(r.metric),
                "value": r.value,
                "unit": r.unit,
                "text": r.text,
                "sentence": doc.text[start:end],
            }
        )
