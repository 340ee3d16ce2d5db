"""Named SPARQL queries over kg's RDF, and a safe way to run any read-only query.

Every named query is a :class:`NamedQuery`: a question, a SPARQL body without
``PREFIX`` lines (the prefixes come from :data:`kg.rdf.vocab.PREFIXES`) and
optional parameters. A parameter is a variable of the query that is left unbound
to get every row, or bound (rdflib ``initBindings``, pyoxigraph
``substitutions``; never string formatting) to narrow the answer::

    >>> q = QUERIES["models_on_benchmark"]
    >>> q.params
    {'benchmarkLabel': 'MathVista'}

The same queries are shipped as ``docs/queries/<name>.rq`` (``render_rq(name)``;
a test keeps them identical; regenerate with ``python -m kg.rdf.queries DIR``).

:func:`run_query` runs a query on a Turtle / N-Triples / JSON-LD file, an Oxigraph
store directory, a pyoxigraph store or an rdflib graph. It refuses updates and
federated queries (``SERVICE``): both pyoxigraph and rdflib would fetch a remote
endpoint named by ``SERVICE``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shlex
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping, Sequence

from kg.errors import InputError, KgError
from kg.rdf.vocab import PREFIXES

__all__ = [
    "NamedQuery",
    "QUERIES",
    "prepared",
    "render_rq",
    "write_rq_files",
    "run_query",
    "run_named",
    "check_query",
    "parse_binding",
    "format_results",
    "term_text",
    "QueryRefused",
]


@dataclass(frozen=True)
class NamedQuery:
    """A named, parameterised SPARQL query."""

    name: str
    question: str
    body: str
    #: parameter variable -> example value (bind it to narrow the answer)
    params: dict = field(default_factory=dict)

    @property
    def prefixes(self) -> dict[str, str]:
        """The prefixes the body uses, in :data:`PREFIXES` order."""
        return {p: ns for p, ns in PREFIXES.items() if re.search(rf"(?<![\w?$]){p}:", self.body)}

    @property
    def text(self) -> str:
        """The full query: header comment, PREFIX lines and body (the ``.rq`` file)."""
        return render_rq(self.name)


def _q(name: str, question: str, body: str, **params: str) -> NamedQuery:
    return NamedQuery(name, question, body.strip() + "\n", dict(params))


_QUERY_LIST = [
    _q(
        "top_benchmarks",
        "Which benchmarks are mentioned by the most papers?",
        """
SELECT ?benchmark ?label (COUNT(DISTINCT ?paper) AS ?papers)
WHERE {
  ?benchmark a kg:Benchmark ;
             skos:prefLabel ?label .
  ?paper kg:mentions ?benchmark .
}
GROUP BY ?benchmark ?label
ORDER BY DESC(?papers) ?label
LIMIT 25
""",
    ),
    _q(
        "models_on_benchmark",
        "Which models and methods are evaluated on a benchmark, with the numbers reported?",
        """
SELECT ?benchmarkLabel ?model ?modelLabel ?value ?unit ?metricLabel ?paper
WHERE {
  ?benchmark skos:prefLabel ?benchmarkLabel .
  ?model kg:evaluatedOn ?benchmark ;
         skos:prefLabel ?modelLabel .
  OPTIONAL {
    ?result a kg:Result ;
            kg:resultSubject ?model ;
            kg:resultDataset ?benchmark ;
            kg:value ?value .
    OPTIONAL { ?result kg:unit ?unit }
    OPTIONAL { ?result kg:resultMetric ?metric . ?metric skos:prefLabel ?metricLabel }
    OPTIONAL { ?result prov:wasDerivedFrom ?paper }
  }
}
ORDER BY ?benchmarkLabel DESC(?value) ?modelLabel
""",
        benchmarkLabel="MathVista",
    ),
    _q(
        "compared_with",
        "What is an entity compared with, and who wins?",
        """
SELECT ?entityLabel ?otherLabel ?relation ?winnerLabel
WHERE {
  ?entity skos:prefLabel ?entityLabel .
  {
    ?entity kg:outperforms ?other .
    BIND("outperforms" AS ?relation)
    ?entity skos:prefLabel ?winnerLabel .
  } UNION {
    ?other kg:outperforms ?entity .
    ?other skos:prefLabel ?winnerLabel .
    BIND("outperformed by" AS ?relation)
  } UNION {
    { ?entity kg:comparedWith ?other } UNION { ?other kg:comparedWith ?entity }
    BIND("compared with" AS ?relation)
  }
  ?other skos:prefLabel ?otherLabel .
}
ORDER BY ?entityLabel ?otherLabel ?relation
""",
        entityLabel="Orca",
    ),
    _q(
        "proposed_with",
        "Which methods and models are proposed in papers that also mention a given entity (e.g. GRPO)?",
        """
SELECT ?withLabel ?proposed ?proposedLabel ?type ?paper ?title
WHERE {
  ?with skos:prefLabel ?withLabel .
  ?paper kg:mentions ?with ;
         kg:proposes ?proposed .
  FILTER(?proposed != ?with)
  ?proposed skos:prefLabel ?proposedLabel .
  OPTIONAL { ?proposed a ?class . ?class rdfs:subClassOf skos:Concept ; rdfs:label ?type }
  OPTIONAL { ?paper dcterms:title ?title }
}
ORDER BY ?withLabel ?proposedLabel ?paper
""",
        withLabel="GRPO",
    ),
    _q(
        "comentioned_with",
        "Which entities are mentioned in the same papers as a given entity (e.g. LoRA), and how often?",
        """
SELECT ?entityLabel ?other ?otherLabel ?papers
WHERE {
  ?entity skos:prefLabel ?entityLabel .
  ?pair kg:pairMember ?entity .
  ?pair kg:pairMember ?other ;
        kg:weight ?papers .
  FILTER(?other != ?entity)
  ?other skos:prefLabel ?otherLabel .
}
ORDER BY ?entityLabel DESC(?papers) ?otherLabel
""",
        entityLabel="LoRA",
    ),
    _q(
        "fact_evidence",
        "Which sentences, in which papers, state a fact (subject, predicate, object)?",
        """
SELECT ?subjectLabel ?predicate ?objectLabel ?quote ?paper ?rule ?confidence ?support
WHERE {
  { ?subject skos:prefLabel ?subjectLabel } UNION { ?subject dcterms:title ?subjectLabel }
  ?fact rdf:subject ?subject ;
        rdf:predicate ?predicate ;
        rdf:object ?object ;
        a kg:Fact ;
        kg:quote ?quote ;
        prov:wasDerivedFrom ?paper .
  ?object skos:prefLabel ?objectLabel .
  OPTIONAL { ?fact kg:rule ?rule }
  OPTIONAL { ?fact kg:confidence ?confidence }
  OPTIONAL { ?fact kg:support ?support }
}
ORDER BY ?subjectLabel ?predicate ?objectLabel ?paper
""",
        subjectLabel="Orca",
        predicate="kg:outperforms",
        objectLabel="Vicuna-13B",
    ),
    _q(
        "benchmark_results",
        "What results (value, metric, model, paper, sentence) are reported on a benchmark?",
        """
SELECT ?benchmarkLabel ?modelLabel ?metricLabel ?value ?unit ?valueText ?paper ?quote
WHERE {
  ?result a kg:Result ;
          kg:resultDataset ?benchmark ;
          kg:value ?value .
  ?benchmark skos:prefLabel ?benchmarkLabel .
  OPTIONAL { ?result kg:resultSubject ?model . ?model skos:prefLabel ?modelLabel }
  OPTIONAL { ?result kg:resultMetric ?metric . ?metric skos:prefLabel ?metricLabel }
  OPTIONAL { ?result kg:unit ?unit }
  OPTIONAL { ?result kg:valueText ?valueText }
  OPTIONAL { ?result prov:wasDerivedFrom ?paper }
  OPTIONAL { ?result kg:quote ?quote }
}
ORDER BY ?benchmarkLabel ?metricLabel DESC(?value) ?modelLabel
""",
        benchmarkLabel="MathVista",
    ),
    _q(
        "model_families",
        "Which model families are there, and which variants belong to each?",
        """
SELECT ?family ?familyLabel (COUNT(DISTINCT ?variant) AS ?variants)
       (GROUP_CONCAT(DISTINCT ?variantLabel; separator=", ") AS ?variantLabels)
WHERE {
  ?variant skos:broader ?family ;
           skos:prefLabel ?variantLabel .
  ?family skos:prefLabel ?familyLabel .
}
GROUP BY ?family ?familyLabel
ORDER BY DESC(?variants) ?familyLabel
""",
    ),
    _q(
        "paper_benchmarks",
        "Which benchmarks and datasets does each paper mention?",
        """
SELECT ?paperId ?title ?type ?entityLabel
WHERE {
  ?paper dcterms:identifier ?paperId ;
         a schema:ScholarlyArticle ;
         kg:mentions ?entity .
  ?entity a ?class ;
          skos:prefLabel ?entityLabel .
  FILTER(?class IN (kg:Benchmark, kg:Dataset))
  ?class rdfs:label ?type .
  OPTIONAL { ?paper dcterms:title ?title }
}
ORDER BY ?paperId ?type ?entityLabel
""",
        paperId="arXiv:2306.02707",
    ),
    _q(
        "mentions_per_year",
        "How many papers mention an entity, year by year?",
        """
SELECT ?entityLabel ?year (COUNT(DISTINCT ?paper) AS ?papers)
WHERE {
  ?entity skos:prefLabel ?entityLabel .
  ?paper kg:mentions ?entity ;
         dcterms:issued ?issued .
  BIND(xsd:integer(SUBSTR(STR(?issued), 1, 4)) AS ?year)
}
GROUP BY ?entityLabel ?year
ORDER BY ?entityLabel ?year
""",
        entityLabel="MathVista",
    ),
    _q(
        "trending_benchmarks",
        "Which benchmarks are rising (trend class written by kg trends)?",
        """
SELECT ?benchmark ?label ?trendClass ?papers ?firstSeen
WHERE {
  ?benchmark a kg:Benchmark ;
             skos:prefLabel ?label ;
             kg:trendClass ?trendClass .
  OPTIONAL { ?benchmark kg:paperCount ?papers }
  OPTIONAL { ?benchmark kg:firstSeen ?firstSeen }
}
ORDER BY ?trendClass DESC(?papers) ?label
""",
        trendClass="rising",
    ),
    _q(
        "benchmarks_for_task",
        "Which data sets and benchmarks are made for a task, how many papers and models use each, and which "
        "sentences say so?",
        """
SELECT ?taskLabel ?dataLabel ?type ?papers (COUNT(DISTINCT ?model) AS ?models) ?quote ?paper
WHERE {
  ?task skos:prefLabel ?taskLabel .
  ?data kg:benchmarkFor ?task ;
        skos:prefLabel ?dataLabel .
  ?fact rdf:subject ?data ;
        rdf:predicate kg:benchmarkFor ;
        rdf:object ?task ;
        kg:quote ?quote ;
        prov:wasDerivedFrom ?paper .
  OPTIONAL { ?data a ?class . ?class rdfs:subClassOf skos:Concept ; rdfs:label ?type }
  OPTIONAL { ?data kg:paperCount ?papers }
  OPTIONAL { ?model kg:evaluatedOn ?data }
}
GROUP BY ?taskLabel ?data ?dataLabel ?type ?papers ?quote ?paper
ORDER BY ?taskLabel DESC(?papers) ?dataLabel ?paper
""",
        taskLabel="mathematical reasoning",
    ),
    _q(
        "entity_types",
        "How many entities of each type does the graph hold?",
        """
SELECT ?type (COUNT(DISTINCT ?entity) AS ?entities)
WHERE {
  ?class rdfs:subClassOf skos:Concept ;
         rdfs:label ?type .
  ?entity a ?class .
}
GROUP BY ?type
ORDER BY DESC(?entities) ?type
""",
    ),
]

#: name -> named query, in documentation order
QUERIES: dict[str, NamedQuery] = {q.name: q for q in _QUERY_LIST}


def render_rq(name: str) -> str:
    """The ``.rq`` file of a named query: a comment header, PREFIX lines, the body."""
    q = QUERIES[name]
    lines = [f"# {q.name}: {q.question}"]
    if q.params:
        lines.append("#")
        lines.append("# Parameters (leave unbound for every row, or bind to narrow):")
        for var, example in q.params.items():
            lines.append(f"#   ?{var}  e.g. {example}")
    lines.append("#")
    example = "".join(f" --bind {shlex.quote(f'{var}={example}')}" for var, example in list(q.params.items())[:1])
    lines.append(f"# Run: kg query outputs/graph.ttl -f docs/queries/{q.name}.rq{example}")
    lines += [f"PREFIX {p}: <{ns}>" for p, ns in q.prefixes.items()]
    return "\n".join(lines) + "\n\n" + q.body


def write_rq_files(directory: str | os.PathLike) -> list[Path]:
    """Write every named query as ``<directory>/<name>.rq``; return the paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    out = []
    for name in QUERIES:
        path = directory / f"{name}.rq"
        path.write_text(render_rq(name), encoding="utf-8")
        out.append(path)
    return out


_PREPARED: dict[str, Any] = {}


def prepared(name: str):
    """The named query prepared by rdflib (``prepareQuery(body, initNs=PREFIXES)``), cached."""
    if name not in _PREPARED:
        from rdflib.plugins.sparql import prepareQuery

        _PREPARED[name] = prepareQuery(QUERIES[name].body, initNs=PREFIXES)
    return _PREPARED[name]


# -- safety -------------------------------------------------------------------


class QueryRefused(KgError):
    """A query kg will not run: an update, or a federated (SERVICE) query."""


_UCHAR = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_LEX = re.compile(
    r'(?P<str>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n\r]|\\.)*"|\'(?:[^\'\\\n\r]|\\.)*\')'
    r'|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)'
    r"|(?P<comment>#[^\n\r]*)",
    re.S,
)
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:])", re.I)
_PROLOGUE = re.compile(r"\s*(?:(?:BASE\s*<>|PREFIX\s+[\w.\-]*:\s*<>)\s*)*", re.I)
_UPDATE = re.compile(r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)
_FROM = re.compile(r"(?<![\w?$:])FROM(?![\w:])", re.I)


def _decode_uchars(text: str) -> str:
    def sub(m: re.Match) -> str:
        try:
            return chr(int(m.group(1) or m.group(2), 16))
        except ValueError:
            return m.group()

    return _UCHAR.sub(sub, text)


def _strip(text: str, *, keep_iris: bool) -> str:
    """``text`` with strings and comments blanked (and IRIs, unless ``keep_iris``)."""

    def sub(m: re.Match) -> str:
        if m.lastgroup == "iri":
            return m.group() if keep_iris else "<>"
        return " "

    return _LEX.sub(sub, text)


def check_query(text: str, *, allow_from: bool = True) -> None:
    """Refuse updates and federated queries before any engine sees them.

    SPARQL ``\\u`` escapes are decoded first (the grammar applies them before
    parsing), then strings and comments are blanked; the keyword ``SERVICE``
    anywhere else (even inside an IRI: conservative) refuses the query.

    Raises
    ------
    QueryRefused
        For an update (``INSERT``, ``DELETE``, ``LOAD``, ...) or a ``SERVICE`` clause
        (and ``FROM`` when ``allow_from`` is false: rdflib would fetch it).

    Examples
    --------
    >>> check_query('SELECT * WHERE { ?s ?p "SERVICE" }  # SERVICE in a comment')
    >>> try:
    ...     check_query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    ... except QueryRefused as exc:
    ...     print(exc)
    federated queries (SERVICE) are not allowed: kg only queries local data
    """
    decoded = _decode_uchars(text)
    if _SERVICE.search(_strip(decoded, keep_iris=True)):
        raise QueryRefused("federated queries (SERVICE) are not allowed: kg only queries local data")
    bare = _strip(decoded, keep_iris=False)
    rest = bare[_PROLOGUE.match(bare).end():]
    if _UPDATE.match(rest):
        raise QueryRefused("update queries are refused: kg query and kg serve are read-only")
    if not allow_from and _FROM.search(bare):
        raise QueryRefused("FROM / FROM NAMED clauses are not supported on an rdflib graph")


# -- terms -------------------------------------------------------------------


def parse_binding(text: str):
    """A ``name=value`` command-line binding as ``(name, pyoxigraph term)``.

    ``<iri>`` is an IRI, ``prefix:local`` with a kg prefix is an IRI, anything
    else a string literal.

    >>> name, term = parse_binding("predicate=kg:outperforms")
    >>> name, term.value
    ('predicate', 'https://w3id.org/kg-trends/vocab#outperforms')
    >>> parse_binding("benchmarkLabel=MathVista")[1].value
    'MathVista'
    """
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not re.fullmatch(r"\w+", name):
        raise KgError(f"bad binding {text!r}: expected NAME=VALUE, e.g. benchmarkLabel=MathVista")
    return name, _to_term(value)


def _to_term(value: Any):
    import pyoxigraph as ox

    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    try:  # rdflib terms
        from rdflib import BNode, Literal, URIRef

        if isinstance(value, URIRef):
            return ox.NamedNode(str(value))
        if isinstance(value, BNode):
            return ox.BlankNode(str(value))
        if isinstance(value, Literal):
            return _from_rdflib(value)
    except ImportError:  # pragma: no cover
        pass
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false",
                          datatype=ox.NamedNode(PREFIXES["xsd"] + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(PREFIXES["xsd"] + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(PREFIXES["xsd"] + "double"))
    text = str(value)
    if len(text) > 2 and text.startswith("<") and text.endswith(">"):
        try:
            return ox.NamedNode(text[1:-1])
        except ValueError as exc:
            raise KgError(f"bad IRI {text}: {exc}") from None
    prefix, colon, local = text.partition(":")
    if colon and prefix in PREFIXES and re.fullmatch(r"[^\s<>\"{}|^`\\]*", local):
        return ox.NamedNode(PREFIXES[prefix] + local)
    return ox.Literal(text)


def _from_rdflib(term):
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    return ox.Literal(str(term))


def _to_rdflib(term):
    from rdflib import BNode, Literal, URIRef
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == PREFIXES["xsd"] + "string":
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


_SHORT = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


def term_text(term, *, short: bool = True) -> str:
    """A term as display text: IRIs shortened with kg's prefixes, literals as their value.

    >>> import pyoxigraph as ox
    >>> term_text(ox.NamedNode("https://w3id.org/kg-trends/id/entity/lora"))
    'entity:lora'
    >>> term_text(None)
    ''
    """
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        if short:
            for prefix, ns in _SHORT:
                if term.value.startswith(ns):
                    return f"{prefix}:{term.value[len(ns):]}"
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Triple):
        return str(term)
    return term.value


# -- running -----------------------------------------------------------------


def _open_source(source):
    """A pyoxigraph store for ``source`` (file, store directory or store)."""
    import pyoxigraph as ox

    from kg.rdf.store import _format_of, open_store

    if isinstance(source, ox.Store):
        return source
    path = Path(source)
    if path.is_dir():
        return open_store(path)
    if not path.exists():
        raise InputError("no such file or store directory", path=str(path))
    fmt = _format_of(path)
    store = ox.Store()
    try:
        store.load(path=str(path), format=fmt)
    except SyntaxError as exc:
        raise InputError(f"not valid RDF: {' '.join(str(exc).split())}", path=str(path)) from None
    return store


def _resolve(query) -> tuple[str, NamedQuery | None]:
    if isinstance(query, NamedQuery):
        return query.body, query
    if isinstance(query, str) and query in QUERIES:
        return QUERIES[query].body, QUERIES[query]
    return str(query), None


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def _inline_values(text: str, subst: dict) -> tuple[str, dict]:
    """Move bindings into a ``VALUES`` block at the start of the WHERE clause.

    Oxigraph's planner ignores ``substitutions`` when ordering joins, so a bound
    label could still scan every fact (5 s instead of 7 ms on a 75k-paper store).
    The terms are serialised by pyoxigraph itself (N-Triples syntax, escaped), so
    no user text is ever pasted into the query unescaped.

    >>> import pyoxigraph as ox
    >>> _inline_values("SELECT ?x WHERE { ?x ?p ?o }", {"o": ox.Literal("MathVista")})[0]
    'SELECT ?x WHERE { VALUES (?o) { ("MathVista") } ?x ?p ?o }'
    """
    match = _WHERE.search(text) if subst else None
    if match is None or not all(_VARNAME.fullmatch(k) for k in subst):
        return text, subst
    names = " ".join(f"?{k}" for k in subst)
    values = " ".join(str(v) for v in subst.values())
    block = f" VALUES ({names}) {{ ({values}) }}"
    return text[:match.end()] + block + text[match.end():], {}


_VARNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def run_query(
    source,
    query,
    *,
    bindings: Mapping[str, Any] | None = None,
) -> tuple[list[str], list[tuple]]:
    """Run a read-only SPARQL query and return ``(variables, rows)``.

    Parameters
    ----------
    source
        A ``.ttl`` / ``.nt`` / ``.jsonld`` (...) file, parsed by pyoxigraph into
        memory; an Oxigraph store directory, opened read-only; a
        :class:`pyoxigraph.Store`; or an :class:`rdflib.Graph` (queried by rdflib).
    query
        SPARQL text, the name of a named query (:data:`QUERIES`) or a
        :class:`NamedQuery`. kg's prefixes are predeclared.
    bindings
        Variable name -> value: a pyoxigraph or rdflib term, a number, or a string
        (``"<iri>"`` and ``"kg:term"`` become IRIs, anything else a string literal).

    Returns
    -------
    (list of str, list of tuple)
        For ``SELECT``, the projected variables and one tuple of pyoxigraph terms
        (``None`` when unbound) per solution; for ``ASK``, ``["result"]`` and one
        row holding an ``xsd:boolean``; for ``CONSTRUCT``/``DESCRIBE``,
        ``["subject", "predicate", "object"]`` and one row per triple.

    Raises
    ------
    KgError
        Missing source, syntax error (the parser's message, one line), update or
        ``SERVICE`` query (:class:`QueryRefused`).
    """
    import pyoxigraph as ox

    text, named = _resolve(query)
    is_rdflib = _is_rdflib_graph(source)
    check_query(text, allow_from=not is_rdflib)
    subst = {k: _to_term(v) for k, v in (bindings or {}).items()}
    if is_rdflib:
        return _run_rdflib(source, text, named, subst)
    store = _open_source(source)
    text, subst = _inline_values(text, subst)
    try:
        result = store.query(
            text,
            prefixes=PREFIXES,
            substitutions={ox.Variable(k): v for k, v in subst.items()} or None,
        )
    except SyntaxError as exc:
        raise KgError(f"SPARQL syntax error: {' '.join(str(exc).split())}") from None
    except OSError as exc:
        raise KgError(f"query failed: {' '.join(str(exc).split())}") from None
    if isinstance(result, ox.QueryBoolean):
        return ["result"], [(_to_term(bool(result)),)]
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return names, [tuple(sol[i] for i in range(len(names))) for sol in result]
    return ["subject", "predicate", "object"], [(t.subject, t.predicate, t.object) for t in result]


def run_named(source, name: str, **bindings: Any) -> tuple[list[str], list[tuple]]:
    """Run the named query ``name``, binding keyword arguments to its parameters.

    Unknown parameter names raise :class:`KgError` (a typo would otherwise silently
    return every row).
    """
    if name not in QUERIES:
        raise KgError(f"unknown query {name!r}; known: {', '.join(QUERIES)}")
    unknown = set(bindings) - set(QUERIES[name].params)
    if unknown:
        raise KgError(f"query {name!r} has no parameter(s) {', '.join(sorted(unknown))}; "
                      f"its parameters: {', '.join(QUERIES[name].params) or 'none'}")
    return run_query(source, QUERIES[name], bindings=bindings)


def _is_rdflib_graph(source) -> bool:
    try:
        import rdflib
    except ImportError:  # pragma: no cover
        return False
    return isinstance(source, rdflib.Graph)


def _run_rdflib(graph, text: str, named: NamedQuery | None, subst: dict):
    from pyparsing import ParseException

    from rdflib.plugins.sparql import prepareQuery

    try:
        q = prepared(named.name) if named is not None else prepareQuery(text, initNs=PREFIXES)
    except ParseException as exc:
        raise KgError(f"SPARQL syntax error: {' '.join(str(exc).split())}") from None
    result = graph.query(q, initBindings={k: _to_rdflib(v) for k, v in subst.items()})
    if result.type == "ASK":
        return ["result"], [(_to_term(bool(result.askAnswer)),)]
    if result.type == "SELECT":
        names = [str(v) for v in result.vars]
        return names, [tuple(_from_rdflib(t) for t in row) for row in result]
    return ["subject", "predicate", "object"], [tuple(_from_rdflib(t) for t in tr) for tr in result]


# -- output ------------------------------------------------------------------


def _json_term(term) -> dict:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {
            "subject": _json_term(term.subject),
            "predicate": _json_term(term.predicate),
            "object": _json_term(term.object)}}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != PREFIXES["xsd"] + "string":
        out["datatype"] = term.datatype.value
    return out


def format_results(
    variables: Sequence[str],
    rows: Sequence[tuple],
    fmt: str = "table",
    *,
    max_width: int | None = None,
) -> str:
    """Render query results as an aligned text table, CSV or SPARQL 1.1 JSON.

    ``table`` shortens IRIs with kg's prefixes and cuts cells longer than
    ``max_width`` characters (default: fit the terminal) with an ellipsis;
    ``csv`` follows the SPARQL 1.1 CSV results format (full IRIs, plain values);
    ``json`` is the SPARQL 1.1 Query Results JSON Format.
    """
    if fmt == "json":
        if variables == ["result"] and len(rows) == 1 and rows[0][0] is not None and \
                getattr(rows[0][0], "datatype", None) is not None and \
                rows[0][0].datatype.value.endswith("#boolean"):
            return json.dumps({"head": {}, "boolean": rows[0][0].value == "true"}) + "\n"
        bindings = [
            {v: _json_term(t) for v, t in zip(variables, row) if t is not None} for row in rows
        ]
        return json.dumps({"head": {"vars": list(variables)}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(variables)
        for row in rows:
            writer.writerow([term_text(t, short=False) for t in row])
        return buf.getvalue()
    if fmt != "table":
        raise KgError(f"unknown result format {fmt!r}; choose table, csv or json")
    cells = [[" ".join(term_text(t).split()) for t in row] for row in rows]
    widths = [len(v) for v in variables]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row)]
    if max_width is None:
        import shutil

        total = shutil.get_terminal_size((120, 24)).columns
        max_width = max(12, (total - 3 * len(variables)) // max(1, len(variables)))
        max_width = max(max_width, 24) if len(variables) <= 3 else max_width
    widths = [min(w, max_width) for w in widths]

    def cut(text: str, w: int) -> str:
        return text if len(text) <= w else text[: max(0, w - 1)] + "…"

    lines = [" | ".join(cut(v, w).ljust(w) for v, w in zip(variables, widths)).rstrip(),
             "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(cut(c, w).ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # python -m kg.rdf.queries docs/queries
    for p in write_rq_files(sys.argv[1] if len(sys.argv) > 1 else "docs/queries"):
        print(p)
