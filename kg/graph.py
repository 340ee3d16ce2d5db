"""Papers and extractions -> one networkx MultiDiGraph (see docs/architecture.md).

The graph is the single in-memory model every exporter reads: RDF, CSV, GraphML,
HTML and trends. Building it is a pure function of its inputs.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from datetime import datetime, timezone
from operator import attrgetter, itemgetter
from typing import Iterable

import networkx as nx
import numpy as np

from kg import __version__
from kg.model import ENTITY_TYPES, DocExtraction, Mention, Paper

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
    """Accumulates what the mentions of one entity say across papers.

    ``types``, ``labels`` and ``texts`` (the aliases) count its mentions by type, label
    and surface form, in first-seen order; they are filled once every paper is read, from
    one count of all mentions (:func:`_count_mentions`), instead of per mention while
    reading, the largest cost of building a 75k-paper graph.
    """

    __slots__ = ("node", "papers", "dates", "mentions", "types", "labels", "texts")

    def __init__(self, node: str = "") -> None:
        self.node = node  # its node id, made once
        self.papers: set[str] = set()
        self.dates: list[str] = []
        self.mentions = 0
        self.types: dict[str, int] = {}
        self.labels: dict[str, int] = {}
        self.texts: dict[str, int] = {}


_ENTITY_ID = attrgetter("entity_id")
_ID_TYPE_LABEL_TEXT = attrgetter("entity_id", "type", "label", "text")


def _count_mentions(entities: dict[str, _EntityAcc], mentions: Iterable[Mention]) -> None:
    """Fill each entity's ``mentions``, ``types``, ``labels`` and ``texts`` from ``mentions``
    (every paper's, in order).

    One ``Counter`` of (id, type, label, text) over all mentions (a C loop); a value of
    an entity first appears with the first of its keys that holds it, so adding up the
    keys in the Counter's (first-seen) order keeps each entity's first-seen order, as
    counting the mentions one by one would.
    """
    for (eid, etype, label, text), n in Counter(map(_ID_TYPE_LABEL_TEXT, mentions)).items():
        acc = entities[eid]
        acc.mentions += n
        types, labels, texts = acc.types, acc.labels, acc.texts
        types[etype] = types.get(etype, 0) + n
        labels[label] = labels.get(label, 0) + n
        texts[text] = texts.get(text, 0) + n


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
    entities: dict[str, _EntityAcc] = {}
    paper_entities: list[list[str]] = []  # each paper's entity ids, sorted: for co-mentions
    relations: dict[tuple[str, str, str], dict] = {}
    every_mention: list[list[Mention]] = []  # each paper's, counted at the end
    add = _Adder(G)

    for paper, doc in zip(papers, extractions, strict=True):
        if doc.paper_id != paper.id:
            raise ValueError(f"extraction {doc.paper_id!r} does not belong to paper {paper.id!r}")
        pnode = paper_node(paper.id)
        add.node(pnode, {
            "kind": "paper",
            "title": paper.title,
            "date": paper.date,
            "date_precision": paper.date_precision,
            "year": paper.year,
            "authors": list(paper.authors),
            "url": paper.url,
        })
        G.graph["papers"] += 1
        sentence = _SentenceText(doc)
        mentions = doc.mentions
        if mentions:
            every_mention.append(mentions)
            paper_entities.append(sorted(_add_mentions(add, entities, pnode, paper, mentions, sentence)))
        if doc.relations:
            _collect_relations(relations, paper, doc, sentence)
        if doc.results:
            _collect_results(G.graph["results"], paper, doc, sentence)

    _count_mentions(entities, itertools.chain.from_iterable(every_mention))
    del every_mention
    family_of = families if families is not None else _default_families(entities)
    for eid, acc in entities.items():
        dates = acc.dates
        add.node(acc.node, {
            "kind": "entity",
            "label": _display_label(acc),
            "type": _majority(acc.types),
            "aliases": sorted(acc.texts.keys() | {_most_common(acc.labels)}),
            "papers": len(acc.papers),
            "mentions": acc.mentions,
            "first_seen": min(dates) if dates else None,
            "last_seen": max(dates) if dates else None,
            "family": None,
        })
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
        add.edge(node, fnode, "broader", {"kind": "broader"})
    for a, b, weight in _comentions(paper_entities, min_comention):
        add.edge(entity_node(a), entity_node(b), "co_mention", {"kind": "co_mention", "weight": weight})
    for (head, predicate, tail), rel in relations.items():
        rel["support"] = len({e["paper"] for e in rel["evidence"]})
        add.edge(head, tail, predicate, {"kind": predicate, **rel})
    return G


def _add_mentions(add: "_Adder", entities: dict[str, _EntityAcc], pnode: str, paper: Paper,
                  mentions: list[Mention], sentence: "_SentenceText") -> Counter[str]:
    """One ``mentions`` edge from the paper to each entity it mentions, in first-seen order,
    quoting the first mention's sentence; each entity's papers and dates. Returns the
    paper's entity ids with their mention counts.

    The mentions are walked by C loops (``Counter``, ``dict``), and Python only once per
    entity of the paper (~555k edges for ~1.15M mentions at 75k papers)."""
    ids = list(map(_ENTITY_ID, mentions))
    first = dict(zip(reversed(ids), reversed(mentions)))  # id -> its first mention (the last one written)
    pid, date = paper.id, paper.date
    counts = Counter(ids)
    edges = []
    for eid, count in counts.items():
        acc = entities.get(eid)
        if acc is None:
            acc = entities[eid] = _EntityAcc(entity_node(eid))
        papers = acc.papers
        if pid not in papers:
            papers.add(pid)
            if date:
                acc.dates.append(date)
        m = first[eid]
        edges.append((acc.node, {
            "kind": "mentions",
            "count": count,
            "evidence": sentence[m.sentence],
            "start": m.start,
            "end": m.end,
        }))
    add.edges_from(pnode, "mentions", edges)
    return counts


def _comentions(paper_entities: list[list[str]], min_papers: int) -> list[tuple[str, str, int]]:
    """Pairs of entities that at least ``min_papers`` papers mention together, with that count.

    ``paper_entities`` holds each paper's entity ids, sorted. The pairs are those of
    ``itertools.combinations`` over each paper's ids, in the order they first occur
    (paper by paper), as counting them one by one in a ``Counter`` would give. A 75k-paper
    corpus has ~4M such pairs, 3.4M of them distinct, and only ~170k seen twice: counted
    as integer pair codes with numpy they take ~0.3 s and ~150 MB, against ~1.7 s and
    ~500 MB as a ``Counter`` of tuples.

    >>> _comentions([["a", "b", "c"], ["b", "c"], ["a", "d"]], 1)
    [('a', 'b', 1), ('a', 'c', 1), ('b', 'c', 2), ('a', 'd', 1)]
    >>> _comentions([["a", "b", "c"], ["b", "c"], ["a", "d"]], 2)
    [('b', 'c', 2)]
    """
    index: dict[str, int] = {}
    flat: list[int] = []
    for ids in paper_entities:
        for eid in ids:
            i = index.get(eid)
            if i is None:
                i = index[eid] = len(index)
            flat.append(i)
    names = list(index)
    n = len(names)
    codes = np.asarray(flat, dtype=np.int64)
    sizes = np.fromiter(map(len, paper_entities), dtype=np.int64, count=len(paper_entities))
    # each position pairs with the positions after it in its paper: combinations, in order
    ends = np.repeat(np.cumsum(sizes), sizes)
    partners = ends - np.arange(len(codes), dtype=np.int64) - 1
    left = np.repeat(np.arange(len(codes), dtype=np.int64), partners)
    run_start = np.repeat(np.cumsum(partners) - partners, partners)
    right = left + 1 + (np.arange(len(left), dtype=np.int64) - run_start)
    pairs = codes[left] * n + codes[right]
    del left, right, run_start
    unique, first, counts = np.unique(pairs, return_index=True, return_counts=True)
    keep = counts >= min_papers
    order = np.argsort(first[keep], kind="stable")
    kept, weights = unique[keep][order], counts[keep][order]
    return [(names[a], names[b], w)
            for a, b, w in zip((kept // max(n, 1)).tolist(), (kept % max(n, 1)).tolist(), weights.tolist())]


class _Adder:
    """``G.add_node(n, **attrs)`` and ``G.add_edge(u, v, key=key, **attrs)`` for a graph
    being built, without their overhead.

    networkx's ``add_edge`` costs ~2 us (argument checks, a new attribute dict, cache
    invalidation); a 75k-paper graph has ~850k edges and ~200k nodes. This writes the
    same dicts directly (a MultiDiGraph's ``_node``/``_succ``/``_pred``, plain dicts since
    networkx 2.0): a new node or edge gets ``attrs`` itself as its attribute dict, an
    existing one is updated with it, exactly as networkx does. The graph must not be
    read through a view that caches (none is, while it is built).
    tests/test_graph.py checks the result against networkx's own methods.
    """

    __slots__ = ("succ", "pred", "nodes")

    def __init__(self, G: nx.MultiDiGraph):
        self.succ, self.pred, self.nodes = G._succ, G._pred, G._node

    def node(self, n: str, attrs: dict) -> None:
        data = self.nodes.get(n)
        if data is None:
            self.succ[n] = {}
            self.pred[n] = {}
            self.nodes[n] = attrs
        else:
            data.update(attrs)

    def edge(self, u: str, v: str, key: str, attrs: dict) -> None:
        succ = self.succ
        nbrs = succ.get(u)
        if nbrs is None:
            nbrs = self._new_node(u)
        if v not in succ:
            self._new_node(v)
        keydict = nbrs.get(v)
        if keydict is None:
            nbrs[v] = self.pred[v][u] = {key: attrs}
        elif key in keydict:
            keydict[key].update(attrs)
        else:
            keydict[key] = attrs

    def edges_from(self, u: str, key: str, targets: Iterable[tuple[str, dict]]) -> None:
        """``edge(u, v, key, attrs)`` for each ``(v, attrs)`` of ``targets``, in one call
        (a paper's ``mentions`` edges)."""
        succ, pred = self.succ, self.pred
        nbrs = succ.get(u)
        if nbrs is None:
            nbrs = self._new_node(u)
        for v, attrs in targets:
            into = pred.get(v)
            if into is None:
                self._new_node(v)
                into = pred[v]
            keydict = nbrs.get(v)
            if keydict is None:
                nbrs[v] = into[u] = {key: attrs}
            elif key in keydict:
                keydict[key].update(attrs)
            else:
                keydict[key] = attrs

    def _new_node(self, n: str) -> dict:
        nbrs = self.succ[n] = {}
        self.pred[n] = {}
        self.nodes[n] = {}
        return nbrs


class _SentenceText:
    """``doc``'s sentences as strings, each sliced once however many edges quote it
    (also saves memory: the graph holds one string per quoted sentence)."""

    __slots__ = ("doc", "texts")

    def __init__(self, doc: DocExtraction):
        self.doc = doc
        self.texts: dict[int, str] = {}

    def __getitem__(self, index: int) -> str:
        text = self.texts.get(index)
        if text is None:
            doc = self.doc
            start, end = doc.sentences[index] if doc.sentences else (0, len(doc.text))
            text = self.texts[index] = doc.text[start:end]
        return text

    def span(self, index: int) -> tuple[int, int]:
        doc = self.doc
        return doc.sentences[index] if doc.sentences else (0, len(doc.text))


_HAS_ACRONYM = re.compile(r"[A-Z][^\sa-z]*[A-Z]")


def _most_common(counts: dict[str, int]) -> str:
    """``counts.most_common(1)[0][0]`` (the first counted among equals), quickly."""
    if len(counts) == 1:
        for key in counts:
            return key
    return max(counts.items(), key=itemgetter(1))[0]


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
    label = _most_common(acc.labels)
    if _HAS_ACRONYM.search(label):  # "POS tagging" would lose what POS is
        return label
    key = label.casefold()
    best, best_n = label, acc.texts.get(label, 0)
    for text, n in acc.texts.items():
        if n > best_n and text != label and text.casefold() == key and text == text.lower():
            best, best_n = text, n
    return best


_TYPE_ORDER = {t: i for i, t in enumerate(ENTITY_TYPES)}


def _majority(counts: dict[str, int]) -> str:
    """The most frequent type; ties broken by kg's type order for determinism."""
    if len(counts) == 1:
        for key in counts:
            return key
    return min(counts.items(), key=lambda kv: (-kv[1], _TYPE_ORDER.get(kv[0], 99)))[0]


def _default_families(entities: dict[str, _EntityAcc]) -> dict[str, tuple[str, str]]:
    """Ask kg.extract.normalize for each entity's family, when that module offers it.

    A model variant's family may be a new node ("Llama-3-8B" -> "Llama 3"); a dimension's
    kind links only to a base the graph already has ("3D CNN" -> CNN, not "2D Gaussian
    Splatting" -> a "Gaussian Splatting" nobody mentioned under that id).
    """
    try:
        from kg.extract.normalize import dimension_kind_of as _dimension_kind_of
        from kg.extract.normalize import entity_id as _entity_id
        from kg.extract.normalize import family as _family
    except ImportError:
        return {}
    out: dict[str, tuple[str, str]] = {}
    for eid, acc in entities.items():
        etype = _majority(acc.types)
        label = _most_common(acc.labels)
        flabel = _family(label, etype)
        if flabel:
            fid = _entity_id(flabel, etype)
        else:
            flabel = _dimension_kind_of(label, etype)
            fid = _entity_id(flabel, etype) if flabel else None
            if fid not in entities:
                continue
            flabel = _most_common(entities[fid].labels)
        if fid != eid:
            out[eid] = (fid, flabel)
    return out


def _evidence(paper: Paper, sentences: _SentenceText, sentence: int, rule: str, confidence: float) -> dict:
    start, end = sentences.span(sentence)
    return {
        "paper": paper.id,
        "sentence": sentences[sentence],
        "start": start,
        "end": end,
        "rule": rule,
        "confidence": round(float(confidence), 3),
    }


def _collect_relations(relations: dict, paper: Paper, doc: DocExtraction, sentences: _SentenceText) -> None:
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
        entry["evidence"].append(_evidence(paper, sentences, rel.sentence, rel.rule, rel.confidence))
        entry["confidence"] = max(entry["confidence"], round(float(rel.confidence), 3))


def _collect_results(results: list, paper: Paper, doc: DocExtraction, sentences: _SentenceText) -> None:
    def node(index):
        return None if index is None else entity_node(doc.mentions[index].entity_id)

    for r in doc.results:
        results.append(
            {
                "paper": paper.id,
                "subject": node(r.subject),
                "dataset": node(r.dataset),
                "metric": node(r.metric),
                "value": r.value,
                "unit": r.unit,
                "text": r.text,
                "sentence": sentences[r.sentence],
            }
        )
