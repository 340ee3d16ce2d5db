"""kg's RDF vocabulary and IRI bases: the only module in kg where URIs are spelled.

kg reuses standard vocabularies wherever one fits (schema.org, Dublin Core terms,
SKOS, PROV-O, RDF reification) and adds its own terms in :class:`KG` for what they
do not say: the six entity types, the typed relations between entities, counts,
trends and extraction provenance details.

IRI bases
---------
``https://w3id.org/kg-trends/vocab#``
    kg's own terms (classes and properties), :class:`KG`.
``https://w3id.org/kg-trends/id/``
    resources kg mints (papers, entities, authors, facts, results), :data:`KGID`.
    See :mod:`kg.rdf.export` for how local names are minted.

Neither base is registered at w3id.org yet; they are stable names, not links.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace

__all__ = [
    "KG",
    "KGID",
    "VOCAB_BASE",
    "ID_BASE",
    "PREFIXES",
    "DCTERMS",
    "PROV",
    "RDF",
    "RDFS",
    "SDO",
    "SKOS",
    "XSD",
    "ENTITY_CLASSES",
    "RELATION_PROPERTIES",
]

#: base IRI of kg's own terms
VOCAB_BASE = "https://w3id.org/kg-trends/vocab#"
#: base IRI of the resources kg mints (papers, entities, authors, facts, results)
ID_BASE = "https://w3id.org/kg-trends/id/"

#: namespace of minted resources: ``KGID["entity/lora"]``
KGID = Namespace(ID_BASE)


class KG(DefinedNamespace):
    """kg's own vocabulary (``kg:``); a typo raises ``AttributeError``."""

    _NS = Namespace(VOCAB_BASE)
    _fail = True

    # -- classes: entity types (each rdfs:subClassOf skos:Concept) --
    Method: URIRef  # a technique or algorithm, e.g. LoRA, GRPO
    Model: URIRef  # a trained model or model family, e.g. Llama-3-8B
    Dataset: URIRef  # a training or evaluation dataset, e.g. ImageNet
    Benchmark: URIRef  # an evaluation benchmark, e.g. MathVista
    Metric: URIRef  # an evaluation metric, e.g. accuracy
    Task: URIRef  # a research task, e.g. question answering

    # -- classes: records --
    Fact: URIRef  # one extracted relation, as stated by one sentence of one paper (also an rdf:Statement)
    Result: URIRef  # one reported number: subject on dataset by metric
    CoMention: URIRef  # a pair of entities mentioned by the same papers, with a weight

    # -- paper -> entity --
    mentions: URIRef  # paper -> entity it mentions
    proposes: URIRef  # paper -> method or model it introduces

    # -- entity -> entity relations (kg.model.RELATION_TYPES) --
    evaluatedOn: URIRef  # model/method -> dataset/benchmark it is evaluated on
    usedFor: URIRef  # model/method -> task it is used for
    trainedOn: URIRef  # model -> dataset it is trained on
    comparedWith: URIRef  # entity -> entity it is compared with (no winner stated)
    outperforms: URIRef  # entity -> entity it beats (subject wins)
    basedOn: URIRef  # entity -> entity it builds on
    benchmarkFor: URIRef  # dataset/benchmark -> task it is made to test or train
    coMentionedWith: URIRef  # entity -> entity mentioned in the same paper (stored once per pair)

    # -- co-mention qualification --
    pairMember: URIRef  # CoMention -> each of its two entities
    weight: URIRef  # CoMention -> number of distinct papers mentioning both (xsd:integer)

    # -- entity statistics --
    paperCount: URIRef  # entity -> distinct papers mentioning it (xsd:integer)
    mentionCount: URIRef  # entity -> total mentions (xsd:integer)
    firstSeen: URIRef  # entity -> date of the earliest paper mentioning it
    lastSeen: URIRef  # entity -> date of the latest paper mentioning it
    trendClass: URIRef  # entity -> trend class from kg.trends: emerging, rising, declining or stable
    trendScore: URIRef  # entity -> trend score from kg.trends (xsd:decimal)

    # -- fact provenance --
    confidence: URIRef  # Fact -> extractor confidence in [0, 1] (xsd:decimal)
    support: URIRef  # Fact -> distinct papers stating the same triple (xsd:integer)
    quote: URIRef  # Fact/Result -> the evidence sentence, verbatim
    quoteStart: URIRef  # Fact -> offset of the sentence in the paper text (title, blank line, abstract)
    quoteEnd: URIRef  # Fact -> end offset of the sentence in the paper text
    rule: URIRef  # Fact -> name of the extraction rule that fired
    version: URIRef  # extractor activity -> kg version string

    # -- results --
    resultSubject: URIRef  # Result -> model or method the number is about
    resultDataset: URIRef  # Result -> dataset or benchmark it was measured on
    resultMetric: URIRef  # Result -> metric it was measured by
    value: URIRef  # Result -> the number (xsd:decimal, or xsd:double when not finite)
    unit: URIRef  # Result -> unit as written, e.g. "%"
    valueText: URIRef  # Result -> the number as written, e.g. "73.5%"


#: entity type name (kg.model.ENTITY_TYPES) -> kg class
ENTITY_CLASSES = {
    "Method": KG.Method,
    "Model": KG.Model,
    "Dataset": KG.Dataset,
    "Benchmark": KG.Benchmark,
    "Metric": KG.Metric,
    "Task": KG.Task,
}

#: relation predicate (graph edge key) -> kg property
RELATION_PROPERTIES = {
    "proposes": KG.proposes,
    "evaluatedOn": KG.evaluatedOn,
    "usedFor": KG.usedFor,
    "trainedOn": KG.trainedOn,
    "comparedWith": KG.comparedWith,
    "outperforms": KG.outperforms,
    "basedOn": KG.basedOn,
    "benchmarkFor": KG.benchmarkFor,
}

#: prefix -> namespace IRI, used by every serializer and query in kg; the
#: resource prefixes match the node id prefixes of the networkx graph
#: (``paper:arXiv:2503.06749``, ``entity:lora``)
PREFIXES = {
    "kg": VOCAB_BASE,
    "kgid": ID_BASE,
    "paper": ID_BASE + "paper/",
    "entity": ID_BASE + "entity/",
    "author": ID_BASE + "author/",
    "fact": ID_BASE + "fact/",
    "result": ID_BASE + "result/",
    "comention": ID_BASE + "comention/",
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "schema": str(SDO),
}
