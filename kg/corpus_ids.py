"""Which papers hold which entity ids, and from which kind of source: one walk for every corpus pass.

The passes that run over all extractions before the graph is built (:mod:`kg.senses`,
:mod:`kg.spellings`, :func:`kg.pipeline.drop_rare_phrases`) each asked the same
questions of every mention: which ids does this paper hold, which of them come from
the lexicon, from an abbreviation, from anything but the phrase chunker. At 75k papers
(1.15M mentions) each such walk costs ~0.3-0.5 s, and the four passes made seven of
them. :class:`CorpusIds` walks once and is updated paper by paper as the passes
replace extractions (a few thousand of 75k), so each pass asks the index instead.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from kg.model import DocExtraction

__all__ = ["CorpusIds", "changed", "on_docs"]


class CorpusIds:
    """Extractions, each paper's entity ids, and per id how many papers hold it, by source.

    ``docs`` is a new list (the caller's is not modified); :meth:`replace` puts a new
    extraction in it and updates the counts. A count that falls to 0 stays in its
    ``Counter``: ask :meth:`present` for ids that are still there.

    Examples
    --------
    >>> from kg.model import Mention
    >>> m1 = Mention(0, 4, "LoRA", "Method", "lora", "LoRA", 0, "lexicon")
    >>> m2 = Mention(5, 9, "odd method", "Method", "odd-method", "odd method", 0, "phrase:method")
    >>> index = CorpusIds([DocExtraction("p1", "LoRA odd method", [(0, 15)], [m1, m2])])
    >>> sorted(index.ids[0]), index.papers["odd-method"], sorted(index.present(index.named))
    (['lora', 'odd-method'], 1, ['lora'])
    """

    __slots__ = ("docs", "ids", "papers", "lexicon", "abbrev", "named")

    def __init__(self, docs: Iterable[DocExtraction]) -> None:
        self.docs: list[DocExtraction] = list(docs)
        #: each paper's entity ids
        self.ids: list[set[str]] = []
        #: papers per id: holding it at all, from the lexicon, from an abbreviation, from a
        #: source other than the phrase chunker (a name)
        self.papers: Counter[str] = Counter()
        self.lexicon: Counter[str] = Counter()
        self.abbrev: Counter[str] = Counter()
        self.named: Counter[str] = Counter()
        # counted once at the end (one C loop each) rather than with a Counter.update per paper
        every: list[list[str]] = [[], [], [], []]
        for doc in self.docs:
            sets = _id_sets(doc)
            self.ids.append(sets[0])
            for flat, ids in zip(every, sets):
                flat.extend(ids)
        for counter, flat in zip(self._counters(), every):
            counter.update(flat)

    def _counters(self) -> tuple[Counter, Counter, Counter, Counter]:
        return self.papers, self.lexicon, self.abbrev, self.named

    def replace(self, i: int, doc: DocExtraction) -> None:
        """``doc`` becomes the ``i``-th extraction; the counts follow."""
        sets = _id_sets(doc)
        for counter, old, new in zip(self._counters(), _id_sets(self.docs[i]), sets):
            if old != new:  # counted one by one (Python): only the difference
                counter.subtract(old - new)
                counter.update(new - old)
        self.docs[i] = doc
        self.ids[i] = sets[0]

    def drop(self, i: int, doc: DocExtraction, gone: set[str]) -> None:
        """``doc`` becomes the ``i``-th extraction: the previous one without the mentions of
        the ids in ``gone``, which no paper names (only the phrase chunker found them).

        Cheaper than :meth:`replace` for the many papers :func:`kg.pipeline.drop_rare_phrases`
        changes: only ``ids`` and ``papers`` can change."""
        ids = self.ids[i]
        lost = ids & gone
        self.papers.subtract(lost)
        self.ids[i] = ids - lost
        self.docs[i] = doc

    @staticmethod
    def present(counts: Counter[str]) -> set[str]:
        """The ids ``counts`` still gives at least one paper."""
        return {eid for eid, n in counts.items() if n > 0}


def on_docs(corpus_pass, docs: list[DocExtraction], *args) -> list[DocExtraction]:
    """``corpus_pass(index, *args)``, a pass that updates a :class:`CorpusIds`, on a plain list of
    extractions: the extractions after it (the input list and extractions are not modified)."""
    index = CorpusIds(docs)
    corpus_pass(index, *args)
    return index.docs


def _id_sets(doc: DocExtraction) -> tuple[set[str], set[str], set[str], set[str]]:
    """``doc``'s entity ids: all of them, those from the lexicon, from an abbreviation
    (a source starting with "abbrev"), from any source but the phrase chunker (one
    starting with "phrase")."""
    ids: set[str] = set()
    lexicon: set[str] = set()
    abbrev: set[str] = set()
    named: set[str] = set()
    for m in doc.mentions:
        eid, src = m.entity_id, m.source
        ids.add(eid)
        if src.startswith("phrase"):
            continue
        named.add(eid)
        if src == "lexicon":
            lexicon.add(eid)
        elif src.startswith("abbrev"):
            abbrev.add(eid)
    return ids, lexicon, abbrev, named


def changed(record, **changes):
    """``dataclasses.replace(record, **changes)`` for kg's plain record dataclasses
    (:mod:`kg.model`: no ``__post_init__``, no ``InitVar``, no slots), at a tenth of its cost.

    The corpus passes make ~200k changed mentions, relations and extractions at 75k
    papers, and ``replace`` (which inspects the fields and calls ``__init__``) took ~1 s
    of that. Every attribute is copied, so a field added to a record is kept.

    >>> from kg.model import Mention
    >>> m = Mention(0, 4, "LoRA", "Method", "lora", "LoRA", 0, "lexicon")
    >>> changed(m, entity_id="lora-2") == Mention(0, 4, "LoRA", "Method", "lora-2", "LoRA", 0, "lexicon")
    True
    >>> m.entity_id
    'lora'
    """
    new = object.__new__(type(record))
    new.__dict__.update(record.__dict__, **changes)
    return new
