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
    """
    path = Path(path)
    count = 0
    pending: list[bytes] = []
    pending_size = 0
    with _atomic(path) as tmp, open(tmp, "wb") as fh:
        buf: list[str] = []
        for line in _nt_lines(iter_triples(G)):
            buf.append(line)
            if len(buf) >= 10000:
                data = "".join(buf).encode("utf-8")
                fh.write(data)
                count += len(buf)
                buf.clear()
                if on_block is not None:
                    pending.append(data)
                    pending_size += len(data)
                    if pending_size >= block_size:
                        on_block(b"".join(pending))
                        pending.clear()
                        pending_size = 0
        data = "".join(buf).encode("utf-8")
        fh.write(data)
        count += len(buf)
        if on_block is not None:
            pending.append(data)
            if any(pending):
                on_block(b"".join(pending))
    return count


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
