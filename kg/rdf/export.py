"""The knowledge graph as RDF: an rdflib graph, or Turtle / N-Triples / JSON-LD files.

One generator, :func:`iter_triples`, walks the networkx graph (the contract in
``docs/architecture.md``) once and yields plain triples; :func:`to_rdflib` turns
them into an :class:`rdflib.Graph`, and :func:`write_rdf` writes N-Triples
directly (no rdflib objects: fast on big graphs), converts them to Turtle with
pyoxigraph, and to JSON-LD with rdflib. The vocabulary is documented in
``docs/vocabulary.md``; every IRI comes from :mod:`kg.rdf.vocab`.

IRIs
----
Minted under :data:`kg.rdf.vocab.ID_BASE`, deterministically:

- ``paper/<id>``, ``entity/<id>``, ``author/<name>``: the id (the author's name with
  whitespace collapsed) percent-encoded as UTF-8, keeping only ASCII letters,
  digits and ``-._~:@!$()*+,;=`` as they are (a final ``.`` is encoded too).
  Percent-encoding is reversible, so
  distinct ids never share an IRI, and the result is plain ASCII, valid in every
  syntax (``arXiv:2503.11677`` stays readable: ``paper/arXiv:2503.11677``).
- ``fact/<hash>``, ``result/<hash>``, ``comention/<hash>``: a SHA-1 prefix
  (80 bits) of the record's content, with ``-2``, ``-3`` ... for exact duplicates.

Literals
--------
Characters not allowed in XML 1.0 (C0 controls other than tab, newline and
carriage return; lone surrogates; U+FFFE and U+FFFF) are removed from every
literal, so the same triples can be written in every syntax.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import os
import re
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence, Union
from urllib.parse import quote

import networkx as nx
import rdflib
from rdflib import Literal, URIRef

from kg.errors import KgError
from kg.io import atomic_path as _atomic
from kg.rdf.vocab import (
    DCTERMS,
    ENTITY_CLASSES,
    KG,
    KGID,
    PREFIXES,
    PROV,
    RDF,
    RDFS,
    RELATION_PROPERTIES,
    SDO,
    SKOS,
    XSD,
)

__all__ = [
    "FORMATS",
    "iter_triples",
    "to_rdflib",
    "write_rdf",
    "write_ntriples",
    "ntriples_to_turtle",
    "paper_iri",
    "entity_iri",
    "author_iri",
    "clean_text",
]

#: format name -> output file name
FORMATS = {"ttl": "graph.ttl", "nt": "graph.nt", "jsonld": "graph.jsonld"}

# A triple's object: an IRI (str) or a literal (lexical form, datatype IRI).
Obj = Union[str, tuple]
Triple = tuple  # (subject IRI, predicate IRI, Obj)

_SAFE = "-._~:@!$()*+,;="
_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_DATE_FORMS = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), str(XSD.date)),
    (re.compile(r"\d{4}-\d{2}"), str(XSD.gYearMonth)),
    (re.compile(r"\d{4}"), str(XSD.gYear)),
)
_XSD_STRING = str(XSD.string)
_XSD_INTEGER = str(XSD.integer)
_XSD_DECIMAL = str(XSD.decimal)
_XSD_DOUBLE = str(XSD.double)
_XSD_DATETIME = str(XSD.dateTime)
_RDF_TYPE = str(RDF.type)


# vocabulary terms as plain strings, looked up once (a DefinedNamespace attribute costs ~1 us)
_DCTERMS_abstract = str(DCTERMS.abstract)
_DCTERMS_creator = str(DCTERMS.creator)
_DCTERMS_identifier = str(DCTERMS.identifier)
_DCTERMS_issued = str(DCTERMS.issued)
_DCTERMS_title = str(DCTERMS.title)
_KG_CoMention = str(KG.CoMention)
_KG_Fact = str(KG.Fact)
_KG_Result = str(KG.Result)
_KG_coMentionedWith = str(KG.coMentionedWith)
_KG_confidence = str(KG.confidence)
_KG_firstSeen = str(KG.firstSeen)
_KG_lastSeen = str(KG.lastSeen)
_KG_mentionCount = str(KG.mentionCount)
_KG_mentions = str(KG.mentions)
_KG_pairMember = str(KG.pairMember)
_KG_paperCount = str(KG.paperCount)
_KG_quote = str(KG.quote)
_KG_quoteEnd = str(KG.quoteEnd)
_KG_quoteStart = str(KG.quoteStart)
_KG_rule = str(KG.rule)
_KG_support = str(KG.support)
_KG_trendClass = str(KG.trendClass)
_KG_trendScore = str(KG.trendScore)
_KG_unit = str(KG.unit)
_KG_value = str(KG.value)
_KG_valueText = str(KG.valueText)
_KG_version = str(KG.version)
_KG_weight = str(KG.weight)
_PROV_Activity = str(PROV.Activity)
_PROV_SoftwareAgent = str(PROV.SoftwareAgent)
_PROV_endedAtTime = str(PROV.endedAtTime)
_PROV_wasAssociatedWith = str(PROV.wasAssociatedWith)
_PROV_wasDerivedFrom = str(PROV.wasDerivedFrom)
_PROV_wasGeneratedBy = str(PROV.wasGeneratedBy)
_RDFS_Class = str(RDFS.Class)
_RDFS_label = str(RDFS.label)
_RDFS_subClassOf = str(RDFS.subClassOf)
_RDF_Statement = str(RDF.Statement)
_RDF_object = str(RDF.object)
_RDF_predicate = str(RDF.predicate)
_RDF_subject = str(RDF.subject)
_SDO_Person = str(SDO.Person)
_SDO_ScholarlyArticle = str(SDO.ScholarlyArticle)
_SDO_name = str(SDO.name)
_SDO_url = str(SDO.url)
_SKOS_Concept = str(SKOS.Concept)
_SKOS_altLabel = str(SKOS.altLabel)
_SKOS_broader = str(SKOS.broader)
_SKOS_prefLabel = str(SKOS.prefLabel)
_XSD_anyURI = str(XSD.anyURI)
_RELATION_IRIS = {k: str(v) for k, v in RELATION_PROPERTIES.items()}


def clean_text(text: object) -> str:
    """``text`` as a string without the characters XML 1.0 forbids.

    >>> clean_text("a\\x00b\\x1fc\\td")
    'abc\\td'
    """
    return _XML_ILLEGAL.sub("", str(text))


def _enc(local: str) -> str:
    text = quote(local, safe=_SAFE, encoding="utf-8", errors="surrogatepass")
    # a final "." is legal but rdflib's Turtle parser rejects the escaped "\." that
    # prefixed names need for it; encoding it keeps the mapping reversible
    return text[:-1] + "%2E" if text.endswith(".") else text


def paper_iri(paper_id: str) -> str:
    """IRI of a paper.

    >>> paper_iri("arXiv:2503.11677")
    'https://w3id.org/kg-trends/id/paper/arXiv:2503.11677'
    """
    return str(KGID) + "paper/" + _enc(paper_id)


def entity_iri(entity_id: str) -> str:
    """IRI of an entity (its id, percent-encoded).

    >>> entity_iri("llama 3/8b")
    'https://w3id.org/kg-trends/id/entity/llama%203%2F8b'
    """
    return str(KGID) + "entity/" + _enc(entity_id)


def author_iri(name: str) -> str:
    """IRI of an author, from the name with whitespace collapsed.

    >>> author_iri("Wenxuan  Huang")
    'https://w3id.org/kg-trends/id/author/Wenxuan%20Huang'
    """
    return _author_iri(name)


@functools.lru_cache(maxsize=1 << 18)  # authors recur across papers (and twice per paper)
def _author_iri(name: str) -> str:
    return str(KGID) + "author/" + _enc(" ".join(clean_text(name).split()))


@functools.lru_cache(maxsize=1 << 18)  # every entity is the tail of many edges
def _node_iri(node: str) -> str:
    if node.startswith("paper:"):
        return paper_iri(node[len("paper:"):])
    if node.startswith("entity:"):
        return entity_iri(node[len("entity:"):])
    return str(KGID) + "node/" + _enc(node)


def _hash(*parts: object) -> str:
    return hashlib.sha1(_json_list(parts).encode("ascii")).hexdigest()[:20]


_encode_str = json.encoder.encode_basestring_ascii  # the C encoder json.dumps itself uses


def _json_list(parts: tuple) -> str:
    """``json.dumps(list(parts), ensure_ascii=True, default=str, sort_keys=True)``, quickly.

    IRIs are hashes of this text, so it must not change; strings, ints and None
    (nearly every part) are encoded here exactly as json.dumps does, anything else
    by json.dumps itself. A build mints hundreds of thousands of these.

    >>> parts = ("entity:a\u00e9", "proposes", 3, None, 'q"', 2.5, True)
    >>> _json_list(parts) == json.dumps(parts, ensure_ascii=True, default=str, sort_keys=True)
    True
    """
    out = []
    for part in parts:
        cls = type(part)
        if cls is str:
            out.append(_encode_str(part))
        elif cls is int:
            out.append(int.__repr__(part))
        elif part is None:
            out.append("null")
        else:
            return json.dumps(parts, ensure_ascii=True, default=str, sort_keys=True)
    return "[" + ", ".join(out) + "]"


class _Minter:
    """Content-hash IRIs, numbering exact duplicates so none are merged by accident."""

    def __init__(self, kind: str):
        self.kind = kind
        self.seen: dict[str, int] = {}

    def __call__(self, *parts: object) -> str:
        h = _hash(*parts)
        n = self.seen.get(h, 0) + 1
        self.seen[h] = n
        return f"{KGID}{self.kind}/{h}" + ("" if n == 1 else f"-{n}")


def _lit(value: object, datatype: str = _XSD_STRING) -> tuple:
    return (clean_text(value), datatype)


def _int(value: object) -> tuple:
    return (str(int(value)), _XSD_INTEGER)


def _num(value: object) -> tuple:
    """A number as xsd:decimal (exact, readable), or xsd:double when not finite."""
    x = float(value)
    if math.isnan(x):
        return ("NaN", _XSD_DOUBLE)
    if math.isinf(x):
        return ("INF" if x > 0 else "-INF", _XSD_DOUBLE)
    text = format(Decimal(repr(x)), "f")
    return (text, _XSD_DECIMAL)


def _date(value: object) -> tuple | None:
    """An ISO date string typed by its precision: xsd:date, xsd:gYearMonth or xsd:gYear."""
    if value is None or value == "":
        return None
    text = clean_text(value)
    for pattern, datatype in _DATE_FORMS:
        if pattern.fullmatch(text):
            return (text, datatype)
    return (text, _XSD_STRING)


_URL_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_URL_BAD = re.compile(r"%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]")


def _url(value: object) -> Obj | None:
    """A URL as an IRI when it is one (unsafe characters percent-encoded), else a literal."""
    import pyoxigraph as ox

    if not value:
        return None
    text = clean_text(value).strip()
    if not text:
        return None
    if _URL_SCHEME.match(text):
        iri = _URL_BAD.sub(lambda m: "%25" if m.group() == "%" else _enc(m.group()), text)
        try:
            ox.NamedNode(iri)  # RFC 3987 check
            return iri
        except ValueError:
            pass
    return _lit(text, _XSD_anyURI)


def _schema_triples() -> Iterator[Triple]:
    """The few schema statements kg's data relies on (entity classes are SKOS concepts)."""
    concept = _SKOS_Concept
    for name, cls in ENTITY_CLASSES.items():
        yield str(cls), _RDF_TYPE, _RDFS_Class
        yield str(cls), _RDFS_subClassOf, concept
        yield str(cls), _RDFS_label, _lit(name)
    yield _KG_Fact, _RDFS_subClassOf, _RDF_Statement
    yield _KG_Result, _RDF_TYPE, _RDFS_Class
    yield _KG_CoMention, _RDF_TYPE, _RDFS_Class


def iter_triples(G: nx.MultiDiGraph) -> Iterator[Triple]:
    """Yield the RDF triples of the knowledge graph, subject by subject.

    Parameters
    ----------
    G
        A graph following the contract of :func:`kg.graph.build_graph`; it is
        not modified.

    Yields
    ------
    tuple
        ``(subject, predicate, object)``: subject and predicate are IRI strings;
        the object is an IRI string or a ``(lexical form, datatype IRI)`` tuple.
    """
    version = str(G.graph.get("kg_version", ""))
    activity = f"{KGID}activity/kg-{_enc(version)}"
    agent = f"{KGID}agent/kg"
    yield from _schema_triples()
    yield agent, _RDF_TYPE, _PROV_SoftwareAgent
    yield agent, _SDO_name, _lit("kg")
    yield activity, _RDF_TYPE, _PROV_Activity
    yield activity, _PROV_wasAssociatedWith, agent
    yield activity, _KG_version, _lit(version)
    if G.graph.get("created"):
        created = clean_text(G.graph["created"])
        yield activity, _PROV_endedAtTime, (created, _XSD_DATETIME)

    authors_seen: set[str] = set()
    facts, comentions = _Minter("fact"), _Minter("comention")
    for node, data in G.nodes(data=True):
        kind = data.get("kind")
        if kind == "paper":
            yield from _paper_triples(node, data)
        elif kind == "entity":
            yield from _entity_triples(node, data)
        # outgoing edges: direct triples first (same subject), then their records
        records: list[Triple] = []
        for _, tail, key, edata in G.out_edges(node, keys=True, data=True):
            yield from _edge_triples(node, tail, edata.get("kind", key), edata, records,
                                     facts, comentions, activity)
        yield from records
        if kind == "paper":
            yield from _author_triples(data, authors_seen)

    results = _Minter("result")
    for rec in G.graph.get("results") or []:
        r = results(rec.get("paper"), rec.get("subject"), rec.get("dataset"), rec.get("metric"),
                    rec.get("value"), rec.get("unit"), rec.get("text"))
        yield r, _RDF_TYPE, _KG_Result
        for prop, field in ((KG.resultSubject, "subject"), (KG.resultDataset, "dataset"),
                            (KG.resultMetric, "metric")):
            if rec.get(field):
                yield r, str(prop), _node_iri(str(rec[field]))
        if rec.get("value") is not None:
            yield r, _KG_value, _num(rec["value"])
        if rec.get("unit"):
            yield r, _KG_unit, _lit(rec["unit"])
        if rec.get("text"):
            yield r, _KG_valueText, _lit(rec["text"])
        if rec.get("sentence"):
            yield r, _KG_quote, _lit(rec["sentence"])
        if rec.get("paper") is not None:
            yield r, _PROV_wasDerivedFrom, paper_iri(str(rec["paper"]))
        yield r, _PROV_wasGeneratedBy, activity


def _edge_triples(head, tail, kind, data, records, facts, comentions, activity) -> Iterator[Triple]:
    """Yield the direct triple of one edge; append its fact / co-mention records to ``records``."""
    s, o = _node_iri(head), _node_iri(tail)
    if kind == "mentions":
        yield s, _KG_mentions, o
    elif kind == "broader":
        yield s, _SKOS_broader, o
    elif kind == "co_mention":
        yield s, _KG_coMentionedWith, o
        c = comentions(head, tail)
        records += [
            (c, _RDF_TYPE, _KG_CoMention),
            (c, _KG_pairMember, s),
            (c, _KG_pairMember, o),
            (c, _KG_weight, _int(data.get("weight", 1))),
        ]
    elif kind in _RELATION_IRIS:
        p = _RELATION_IRIS[kind]
        yield s, p, o
        support = data.get("support")
        for ev in data.get("evidence") or []:
            f = facts(head, kind, tail, ev.get("paper"), ev.get("start"), ev.get("end"),
                      ev.get("rule"))
            records += [
                (f, _RDF_TYPE, _RDF_Statement),
                (f, _RDF_TYPE, _KG_Fact),
                (f, _RDF_subject, s),
                (f, _RDF_predicate, p),
                (f, _RDF_object, o),
            ]
            if ev.get("paper") is not None:
                records.append((f, _PROV_wasDerivedFrom, paper_iri(str(ev["paper"]))))
            records.append((f, _PROV_wasGeneratedBy, activity))
            if ev.get("sentence") is not None:
                records.append((f, _KG_quote, _lit(ev["sentence"])))
            if ev.get("start") is not None:
                records.append((f, _KG_quoteStart, _int(ev["start"])))
            if ev.get("end") is not None:
                records.append((f, _KG_quoteEnd, _int(ev["end"])))
            if ev.get("rule"):
                records.append((f, _KG_rule, _lit(ev["rule"])))
            if ev.get("confidence") is not None:
                records.append((f, _KG_confidence, _num(ev["confidence"])))
            if support is not None:
                records.append((f, _KG_support, _int(support)))


def _author_triples(data: dict, authors_seen: set[str]) -> Iterator[Triple]:
    for name in data.get("authors") or []:
        label = " ".join(clean_text(name).split())
        a = author_iri(label)
        if label and a not in authors_seen:
            authors_seen.add(a)
            yield a, _RDF_TYPE, _SDO_Person
            yield a, _SDO_name, _lit(label)


def _paper_triples(node: str, data: dict) -> Iterator[Triple]:
    s = _node_iri(node)
    yield s, _RDF_TYPE, _SDO_ScholarlyArticle
    yield s, _DCTERMS_identifier, _lit(node[len("paper:"):])
    if data.get("title") is not None:
        yield s, _DCTERMS_title, _lit(data["title"])
    if data.get("abstract"):
        yield s, _DCTERMS_abstract, _lit(data["abstract"])
    issued = _date(data.get("date"))
    if issued:
        yield s, _DCTERMS_issued, issued
    url = _url(data.get("url"))
    if url is not None:
        yield s, _SDO_url, url
    for name in data.get("authors") or []:
        label = " ".join(clean_text(name).split())
        if label:
            yield s, _DCTERMS_creator, author_iri(label)


def _entity_triples(node: str, data: dict) -> Iterator[Triple]:
    s = _node_iri(node)
    yield s, _RDF_TYPE, _SKOS_Concept
    cls = ENTITY_CLASSES.get(data.get("type"))
    if cls is not None:
        yield s, _RDF_TYPE, str(cls)
    yield s, _DCTERMS_identifier, _lit(node[len("entity:"):])
    label = data.get("label")
    if label is not None:
        yield s, _SKOS_prefLabel, _lit(label)
    for alias in data.get("aliases") or []:
        if alias != label:
            yield s, _SKOS_altLabel, _lit(alias)
    if data.get("papers") is not None:
        yield s, _KG_paperCount, _int(data["papers"])
    if data.get("mentions") is not None:
        yield s, _KG_mentionCount, _int(data["mentions"])
    for prop, field in ((_KG_firstSeen, "first_seen"), (_KG_lastSeen, "last_seen")):
        d = _date(data.get(field))
        if d:
            yield s, prop, d
    if data.get("trend_class"):
        yield s, _KG_trendClass, _lit(data["trend_class"])
    if data.get("trend_score") is not None:
        yield s, _KG_trendScore, _num(data["trend_score"])


# -- rdflib ------------------------------------------------------------------


def _rdflib_term(o: Obj):
    if isinstance(o, str):
        return URIRef(o)
    lexical, datatype = o
    if datatype == _XSD_STRING:
        return Literal(lexical)
    return Literal(lexical, datatype=URIRef(datatype))


def bind_prefixes(g: rdflib.Graph) -> rdflib.Graph:
    """Bind kg's prefixes (:data:`kg.rdf.vocab.PREFIXES`) on ``g`` and return it."""
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, rdflib.Namespace(ns), override=True, replace=True)
    return g


def to_rdflib(G: nx.MultiDiGraph) -> rdflib.Graph:
    """The knowledge graph as an :class:`rdflib.Graph` with kg's prefixes bound.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(kg_version="0.1.0")
    >>> G.add_node("entity:lora", kind="entity", label="LoRA", type="Method", aliases=["LoRA"])
    >>> g = to_rdflib(G)
    >>> from kg.rdf.vocab import KG, SKOS
    >>> (URIRef(entity_iri("lora")), SKOS.prefLabel, Literal("LoRA")) in g
    True
    """
    g = bind_prefixes(rdflib.Graph())
    cache: dict[str, URIRef] = {}
    add = g.add
    for s, p, o in iter_triples(G):
        su = cache.get(s) or cache.setdefault(s, URIRef(s))
        pu = cache.get(p) or cache.setdefault(p, URIRef(p))
        add((su, pu, _rdflib_term(o)))
    return g


# -- files -------------------------------------------------------------------


def _nt_escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )


def _nt_lines(triples: Iterable[Triple]) -> Iterator[str]:
    for s, p, o in triples:
        if isinstance(o, str):
            yield f"<{s}> <{p}> <{o}> .\n"
        else:
            lexical, datatype = o
            if datatype == _XSD_STRING:
                yield f'<{s}> <{p}> "{_nt_escape(lexical)}" .\n'
            else:
                yield f'<{s}> <{p}> "{_nt_escape(lexical)}"^^<{datatype}> .\n'


def write_ntriples(G: nx.MultiDiGraph, path: str | os.PathLike, *,
                   on_block: Callable[[bytes], None] | None = None,
                   block_size: int = 64 << 20) -> int:
    """Write the graph as N-Triples (UTF-8) at ``path``, atomically; return the triple count.

    ``on_block``, when given, also receives the file's bytes in blocks of about
    ``block_size`` bytes of whole lines, as they are written (``kg build`` feeds them
    to the store loader while the rest is still being generated).

    The text comes from :func:`_nt_text`, which writes the lines of
    ``_nt_lines(iter_triples(G))`` directly (the same bytes; tests compare the two).
    """
    path = Path(path)
    count = 0
    pending: list[bytes] = []
    pending_size = 0
    with _atomic(path) as tmp, open(tmp, "wb") as fh:
        for text in _nt_text(G):
            data = text.encode("utf-8")
            fh.write(data)
            count += data.count(b"\n")  # one line per triple: literals escape their newlines
            if on_block is not None:
                pending.append(data)
                pending_size += len(data)
                if pending_size >= block_size:
                    on_block(b"".join(pending))
                    pending.clear()
                    pending_size = 0
        if on_block is not None and pending:
            on_block(b"".join(pending))
    return count


# -- N-Triples text, written directly ---------------------------------------------------
#
# iter_triples() yields one tuple per triple and _nt_lines() formats it: ~3 us per triple,
# 18 s for the 5.8M triples of a 75k-paper graph. _nt_text() writes the same lines with
# the IRIs already in angle brackets, each node's IRI made once, the lines of one record
# in one f-string, and literals escaped by a fast path when they need no cleaning. Any
# change to iter_triples must be made here too: tests/rdf/test_rdf_ntriples.py compares
# the two on graphs with every kind of node, edge and awkward string.


def _ref(iri: str) -> str:
    return f"<{iri}>"


_T_TYPE = _ref(_RDF_TYPE)
_T_identifier = _ref(_DCTERMS_identifier)
_T_title = _ref(_DCTERMS_title)
_T_abstract = _ref(_DCTERMS_abstract)
_T_issued = _ref(_DCTERMS_issued)
_T_creator = _ref(_DCTERMS_creator)
_T_url = _ref(_SDO_url)
_T_name = _ref(_SDO_name)
_T_Person = _ref(_SDO_Person)
_T_ScholarlyArticle = _ref(_SDO_ScholarlyArticle)
_T_Concept = _ref(_SKOS_Concept)
_T_prefLabel = _ref(_SKOS_prefLabel)
_T_altLabel = _ref(_SKOS_altLabel)
_T_broader = _ref(_SKOS_broader)
_T_paperCount = _ref(_KG_paperCount)
_T_mentionCount = _ref(_KG_mentionCount)
_T_firstSeen = _ref(_KG_firstSeen)
_T_lastSeen = _ref(_KG_lastSeen)
_T_trendClass = _ref(_KG_trendClass)
_T_trendScore = _ref(_KG_trendScore)
_T_mentions = _ref(_KG_mentions)
_T_coMentionedWith = _ref(_KG_coMentionedWith)
_T_CoMention = _ref(_KG_CoMention)
_T_pairMember = _ref(_KG_pairMember)
_T_weight = _ref(_KG_weight)
_T_Statement = _ref(_RDF_Statement)
_T_Fact = _ref(_KG_Fact)
_T_subject = _ref(_RDF_subject)
_T_predicate = _ref(_RDF_predicate)
_T_object = _ref(_RDF_object)
_T_wasDerivedFrom = _ref(_PROV_wasDerivedFrom)
_T_wasGeneratedBy = _ref(_PROV_wasGeneratedBy)
_T_quote = _ref(_KG_quote)
_T_quoteStart = _ref(_KG_quoteStart)
_T_quoteEnd = _ref(_KG_quoteEnd)
_T_rule = _ref(_KG_rule)
_T_confidence = _ref(_KG_confidence)
_T_support = _ref(_KG_support)
_T_RELATIONS = {k: _ref(v) for k, v in _RELATION_IRIS.items()}
_INT_TYPE = f"^^<{_XSD_INTEGER}>"


def _nt_lit(value: object) -> str:
    r"""A plain literal in N-Triples: ``'"' + _nt_escape(clean_text(value)) + '"'``.

    A printable string holds no character :func:`clean_text` removes (controls,
    surrogates and non-characters are not printable) and no newline, so only
    backslashes and quotes can need escaping.

    >>> _nt_lit('say "hi"\tnow\x00') == '"' + _nt_escape(clean_text('say "hi"\tnow\x00')) + '"'
    True
    """
    text = value if type(value) is str else str(value)
    if text.isprintable():
        if "\\" in text or '"' in text:
            text = text.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{text}"'
    return f'"{_nt_escape(clean_text(text))}"'


def _nt_obj(o: Obj) -> str:
    """An object of :func:`iter_triples` as N-Triples, as :func:`_nt_lines` writes it."""
    if isinstance(o, str):
        return f"<{o}>"
    lexical, datatype = o
    if datatype == _XSD_STRING:
        return f'"{_nt_escape(lexical)}"'
    return f'"{_nt_escape(lexical)}"^^<{datatype}>'


_NUM_TEXT: dict[float, str] = {}


def _nt_num(value: object) -> str:
    """``_nt_obj(_num(value))``, memoised for floats: a build writes ~150k confidences of a few
    hundred distinct values, and ``_num`` goes through :class:`~decimal.Decimal`."""
    # 0.0 == -0.0 and NaN != NaN: neither is a usable key
    if type(value) is float and value != 0 and value == value:
        text = _NUM_TEXT.get(value)
        if text is None:
            text = _nt_obj(_num(value))
            if len(_NUM_TEXT) < 100_000:
                _NUM_TEXT[value] = text
        return text
    return _nt_obj(_num(value))


def _nt_int(value: object) -> str:
    return f'"{int(value)}"{_INT_TYPE}'


def _nt_text(G: nx.MultiDiGraph, *, flush_at: int = 20000) -> Iterator[str]:
    """The N-Triples of ``G`` in pieces of whole lines: ``"".join(_nt_lines(iter_triples(G)))``."""
    version = str(G.graph.get("kg_version", ""))
    activity = f"{KGID}activity/kg-{_enc(version)}"
    header = list(_schema_triples())
    agent = f"{KGID}agent/kg"
    header += [
        (agent, _RDF_TYPE, _PROV_SoftwareAgent),
        (agent, _SDO_name, _lit("kg")),
        (activity, _RDF_TYPE, _PROV_Activity),
        (activity, _PROV_wasAssociatedWith, agent),
        (activity, _KG_version, _lit(version)),
    ]
    if G.graph.get("created"):
        header.append((activity, _PROV_endedAtTime, (clean_text(G.graph["created"]), _XSD_DATETIME)))
    yield "".join(_nt_lines(header))

    activity_ref = _ref(activity)
    refs = {node: f"<{_node_iri(node)}>" for node in G}  # each node's IRI, made once
    facts, comentions = _Minter("fact"), _Minter("comention")
    authors = _AuthorText()
    out: list[str] = []
    append = out.append
    for (node, data), (_, nbrs) in zip(G.nodes(data=True), G.adjacency()):
        kind = data.get("kind")
        s = refs[node]
        if kind == "paper":
            append(_nt_paper(node, s, data, authors))
        elif kind == "entity":
            append(_nt_entity(node, s, data))
        records: list[str] = []
        for tail, keydict in nbrs.items():
            o = refs[tail]
            for key, edata in keydict.items():
                ekind = edata.get("kind", key)
                if ekind == "mentions":
                    append(f"{s} {_T_mentions} {o} .\n")
                elif ekind == "co_mention":
                    append(f"{s} {_T_coMentionedWith} {o} .\n")
                    c = f"<{comentions(node, tail)}>"
                    records.append(
                        f"{c} {_T_TYPE} {_T_CoMention} .\n{c} {_T_pairMember} {s} .\n"
                        f"{c} {_T_pairMember} {o} .\n{c} {_T_weight} {_nt_int(edata.get('weight', 1))} .\n"
                    )
                elif ekind == "broader":
                    append(f"{s} {_T_broader} {o} .\n")
                elif ekind in _T_RELATIONS:
                    p = _T_RELATIONS[ekind]
                    append(f"{s} {p} {o} .\n")
                    _nt_facts(records, node, ekind, tail, s, p, o, edata, facts, activity_ref)
        out.extend(records)
        if kind == "paper":
            for name in data.get("authors") or []:
                text = authors.first_time(name)
                if text:
                    append(text)
        if len(out) >= flush_at:
            yield "".join(out)
            out.clear()
    yield "".join(out)
    out.clear()

    results = _Minter("result")
    for rec in G.graph.get("results") or []:
        r = _ref(results(rec.get("paper"), rec.get("subject"), rec.get("dataset"), rec.get("metric"),
                         rec.get("value"), rec.get("unit"), rec.get("text")))
        append(f"{r} {_T_TYPE} <{_KG_Result}> .\n")
        for prop, field in ((KG.resultSubject, "subject"), (KG.resultDataset, "dataset"),
                            (KG.resultMetric, "metric")):
            if rec.get(field):
                append(f"{r} <{prop}> <{_node_iri(str(rec[field]))}> .\n")
        if rec.get("value") is not None:
            append(f"{r} <{_KG_value}> {_nt_num(rec['value'])} .\n")
        if rec.get("unit"):
            append(f"{r} <{_KG_unit}> {_nt_lit(rec['unit'])} .\n")
        if rec.get("text"):
            append(f"{r} <{_KG_valueText}> {_nt_lit(rec['text'])} .\n")
        if rec.get("sentence"):
            append(f"{r} {_T_quote} {_nt_lit(rec['sentence'])} .\n")
        if rec.get("paper") is not None:
            append(f"{r} {_T_wasDerivedFrom} <{paper_iri(str(rec['paper']))}> .\n")
        append(f"{r} {_T_wasGeneratedBy} {activity_ref} .\n")
        if len(out) >= flush_at:
            yield "".join(out)
            out.clear()
    yield "".join(out)


def _nt_facts(records: list, head, kind, tail, s, p, o, data, facts, activity_ref) -> None:
    """The fact records of one relation edge (as :func:`_edge_triples`), onto ``records``."""
    support = data.get("support")
    support_line = "" if support is None else f" {_T_support} {_nt_int(support)} .\n"
    for ev in data.get("evidence") or []:
        paper = ev.get("paper")
        start, end, rule = ev.get("start"), ev.get("end"), ev.get("rule")
        f = f"<{facts(head, kind, tail, paper, start, end, rule)}>"
        parts = [f"{f} {_T_TYPE} {_T_Statement} .\n{f} {_T_TYPE} {_T_Fact} .\n{f} {_T_subject} {s} .\n"
                 f"{f} {_T_predicate} {p} .\n{f} {_T_object} {o} .\n"]
        if paper is not None:
            parts.append(f"{f} {_T_wasDerivedFrom} <{paper_iri(str(paper))}> .\n")
        parts.append(f"{f} {_T_wasGeneratedBy} {activity_ref} .\n")
        sentence = ev.get("sentence")
        if sentence is not None:
            parts.append(f"{f} {_T_quote} {_nt_lit(sentence)} .\n")
        if start is not None:
            parts.append(f"{f} {_T_quoteStart} {_nt_int(start)} .\n")
        if end is not None:
            parts.append(f"{f} {_T_quoteEnd} {_nt_int(end)} .\n")
        if rule:
            parts.append(f"{f} {_T_rule} {_nt_lit(rule)} .\n")
        confidence = ev.get("confidence")
        if confidence is not None:
            parts.append(f"{f} {_T_confidence} {_nt_num(confidence)} .\n")
        if support_line:
            parts.append(f + support_line)
        records.append("".join(parts))


class _AuthorText:
    """The ``dcterms:creator`` object and the person triples of each author name, made once."""

    def __init__(self):
        self.refs: dict[str, str | None] = {}  # name as written -> "<author IRI>" (None: blank name)
        self.labels: dict[str, str] = {}  # name as written -> the label (whitespace collapsed)
        self.seen: set[str] = set()  # author IRIs already described

    def ref(self, name) -> str | None:
        ref = self.refs.get(name, "")
        if ref == "":
            label = " ".join(clean_text(name).split())
            ref = self.refs[name] = f"<{author_iri(label)}>" if label else None
            self.labels[name] = label
        return ref

    def first_time(self, name) -> str:
        """The person triples of ``name`` the first time its IRI is seen, else ``""``."""
        ref = self.ref(name)
        if ref is None or ref in self.seen:
            return ""
        self.seen.add(ref)
        return f"{ref} {_T_TYPE} {_T_Person} .\n{ref} {_T_name} {_nt_lit(self.labels[name])} .\n"


def _nt_paper(node: str, s: str, data: dict, authors: _AuthorText) -> str:
    parts = [f"{s} {_T_TYPE} {_T_ScholarlyArticle} .\n{s} {_T_identifier} {_nt_lit(node[len('paper:'):])} .\n"]
    title = data.get("title")
    if title is not None:
        parts.append(f"{s} {_T_title} {_nt_lit(title)} .\n")
    if data.get("abstract"):
        parts.append(f"{s} {_T_abstract} {_nt_lit(data['abstract'])} .\n")
    issued = _date(data.get("date"))
    if issued:
        parts.append(f"{s} {_T_issued} {_nt_obj(issued)} .\n")
    url = _url(data.get("url"))
    if url is not None:
        parts.append(f"{s} {_T_url} {_nt_obj(url)} .\n")
    for name in data.get("authors") or []:
        ref = authors.ref(name)
        if ref is not None:
            parts.append(f"{s} {_T_creator} {ref} .\n")
    return "".join(parts)


def _nt_entity(node: str, s: str, data: dict) -> str:
    parts = [f"{s} {_T_TYPE} {_T_Concept} .\n"]
    cls = ENTITY_CLASSES.get(data.get("type"))
    if cls is not None:
        parts.append(f"{s} {_T_TYPE} <{cls}> .\n")
    parts.append(f"{s} {_T_identifier} {_nt_lit(node[len('entity:'):])} .\n")
    label = data.get("label")
    if label is not None:
        parts.append(f"{s} {_T_prefLabel} {_nt_lit(label)} .\n")
    for alias in data.get("aliases") or []:
        if alias != label:
            parts.append(f"{s} {_T_altLabel} {_nt_lit(alias)} .\n")
    if data.get("papers") is not None:
        parts.append(f"{s} {_T_paperCount} {_nt_int(data['papers'])} .\n")
    if data.get("mentions") is not None:
        parts.append(f"{s} {_T_mentionCount} {_nt_int(data['mentions'])} .\n")
    for prop, field in ((_T_firstSeen, "first_seen"), (_T_lastSeen, "last_seen")):
        d = _date(data.get(field))
        if d:
            parts.append(f"{s} {prop} {_nt_obj(d)} .\n")
    if data.get("trend_class"):
        parts.append(f"{s} {_T_trendClass} {_nt_lit(data['trend_class'])} .\n")
    if data.get("trend_score") is not None:
        parts.append(f"{s} {_T_trendScore} {_nt_num(data['trend_score'])} .\n")
    return "".join(parts)


def ntriples_to_turtle(source: str | os.PathLike, target: str | os.PathLike) -> Path:
    """Convert an N-Triples file to Turtle with kg's prefixes, atomically.

    pyoxigraph streams it (Rust parser and serializer; the GIL is released, so a
    build runs this beside its other writers).
    """
    import pyoxigraph as ox

    target = Path(target)
    with _atomic(target) as tmp:
        ox.serialize(
            ox.parse(path=Path(source), format=ox.RdfFormat.N_TRIPLES),
            tmp,
            format=ox.RdfFormat.TURTLE,
            prefixes=PREFIXES,
        )
    return target


def _jsonld_context() -> dict:
    return dict(PREFIXES)


def write_rdf(
    G: nx.MultiDiGraph,
    outdir: str | os.PathLike,
    formats: Sequence[str] = ("ttl",),
) -> list[Path]:
    """Write the knowledge graph as RDF files in ``outdir``.

    Parameters
    ----------
    G
        The knowledge graph (not modified).
    outdir
        Output folder (created if missing).
    formats
        Any of ``"ttl"`` (``graph.ttl``), ``"nt"`` (``graph.nt``) and ``"jsonld"``
        (``graph.jsonld``). N-Triples is written directly; Turtle is converted from
        it by pyoxigraph (streaming, fast); JSON-LD by rdflib (compact, with kg's
        prefixes as its context; slow beyond a few hundred thousand triples).

    Returns
    -------
    list of Path
        The files written, in the order of ``formats``. Each is replaced
        atomically.
    """
    import pyoxigraph as ox

    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise KgError(f"unknown RDF format(s) {', '.join(map(repr, unknown))}; "
                      f"choose from {', '.join(FORMATS)}")
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    nt_path: Path | None = None
    tmp_nt: Path | None = None
    try:
        for fmt in formats:
            target = outdir / FORMATS[fmt]
            if fmt == "nt":
                write_ntriples(G, target)
                nt_path = target
            elif fmt == "ttl":
                if nt_path is None:
                    fd, name = tempfile.mkstemp(prefix=".graph.", suffix=".nt", dir=outdir)
                    os.close(fd)
                    tmp_nt = nt_path = Path(name)
                    write_ntriples(G, nt_path)
                ntriples_to_turtle(nt_path, target)
            else:  # jsonld
                g = to_rdflib(G)
                with _atomic(target) as tmp:
                    g.serialize(destination=str(tmp), format="json-ld",
                                context=_jsonld_context(), auto_compact=True, encoding="utf-8")
            written.append(target)
    finally:
        if tmp_nt is not None:
            tmp_nt.unlink(missing_ok=True)
    # the order asked for, not the order written
    return [outdir / FORMATS[f] for f in formats if (outdir / FORMATS[f]) in written]
