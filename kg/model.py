"""Plain records passed between kg's stages: papers in, extractions out.

Every stage (ingest, extract, graph, RDF, viz, trends) speaks these types, so each
can be tested alone. They are dataclasses of plain values so they pickle cheaply
to worker processes and serialise to JSON for the extraction cache.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "ENTITY_TYPES",
    "RELATION_TYPES",
    "Paper",
    "Mention",
    "Relation",
    "Result",
    "DocExtraction",
]

#: the six entity types kg extracts, in display order
ENTITY_TYPES = ("Method", "Model", "Dataset", "Benchmark", "Metric", "Task")

#: typed, directed relations between a paper or an entity and an entity
RELATION_TYPES = (
    "proposes",  # paper -> entity (head is None)
    "evaluatedOn",  # Model/Method -> Dataset/Benchmark
    "usedFor",  # Model/Method -> Task
    "trainedOn",  # Model -> Dataset
    "comparedWith",  # entity <-> entity, no direction stated
    "outperforms",  # entity -> entity, head wins
    "basedOn",  # entity -> entity it builds on
    "benchmarkFor",  # Dataset/Benchmark -> Task it is made to test or train
)


@dataclass
class Paper:
    """One abstract with its metadata.

    ``date`` is an ISO string at the precision the source gave ("2025",
    "2025-03" or "2025-03-18"); ``date_precision`` says which ("year", "month",
    "day") and both are None when unknown. ``source`` is "file:line" for errors
    and provenance.
    """

    id: str
    title: str
    abstract: str
    date: str | None = None
    date_precision: str | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    source: str | None = None

    @property
    def text(self) -> str:
        """The string every extraction offset indexes: title, blank line, abstract."""
        if not self.title:
            return self.abstract
        if not self.abstract:
            return self.title
        return f"{self.title}\n\n{self.abstract}"

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Mention:
    """An entity mention: ``text[start:end] == self.text`` in the paper text.

    ``entity_id`` is the canonical id shared by every spelling of one real thing
    (see :mod:`kg.extract.normalize`); ``label`` is its canonical display label.
    ``sentence`` indexes :attr:`DocExtraction.sentences`; ``source`` names the
    component that found it (lexicon, abbrev, pattern, phrase, ...).
    """

    start: int
    end: int
    text: str
    type: str
    entity_id: str
    label: str
    sentence: int = 0
    source: str = ""


@dataclass
class Relation:
    """A typed relation found in one sentence, with the rule that fired.

    ``head`` and ``tail`` index :attr:`DocExtraction.mentions`; ``head`` is None
    for ``proposes`` (the paper itself is the subject).
    """

    predicate: str
    head: int | None
    tail: int
    sentence: int
    rule: str
    confidence: float


@dataclass
class Result:
    """A reported number: subject (model/method) on a dataset/benchmark, by a metric."""

    subject: int | None
    dataset: int | None
    metric: int | None
    value: float
    unit: str
    sentence: int
    text: str = ""  # the value as written, e.g. "73.5%"


@dataclass
class DocExtraction:
    """Everything extracted from one paper's text."""

    paper_id: str
    text: str
    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)

    def sentence_text(self, index: int) -> str:
        start, end = self.sentences[index]
        return self.text[start:end]

    def to_extract_json(self) -> dict[str, Any]:
        """The public ``kg extract`` line format (other tools read it: keep it exact)."""
        return {
            "id": self.paper_id,
            "entities": [
                {"start": m.start, "end": m.end, "text": m.text, "type": m.type, "id": m.entity_id}
                for m in self.mentions
            ],
        }

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DocExtraction":
        return cls(
            paper_id=data["paper_id"],
            text=data["text"],
            sentences=[tuple(s) for s in data.get("sentences", [])],
            mentions=[Mention(**m) for m in data.get("mentions", [])],
            relations=[Relation(**r) for r in data.get("relations", [])],
            results=[Result(**r) for r in data.get("results", [])],
        )
