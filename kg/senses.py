"""One acronym, several meanings across papers: give each meaning its own entity.

Papers coin acronyms freely, and short ones collide: in 75k arXiv abstracts "SAGE" is
defined as a dozen different methods, "TAG" as a text-attributed graph, a tree-adjoining
grammar and a guidance method. Extraction gives an acronym the paper does not find in
the lexicon one id from its short form (so "FBN" in a follow-up paper joins the paper
that coined it), which also merges unrelated methods into one entity whose counts and
trend mean nothing.

This pass runs over all extractions before the graph is built. For every entity id
that papers define with a written long form ("Text-Attributed Graph (TAG)"), it groups
the defining papers by the meaning of their long form (same content words, compared
by their first four letters, so "automatic"/"automated prompt optimization" agree).

* One meaning: nothing changes.
* Several, one of them clearly the common one (at least two papers and two thirds of
  the defining papers): it keeps the id; every other meaning moves to an entity of its
  own, named by its long form.
* Several, none clearly common: every meaning moves to its own entity; the short id
  keeps only the uses no paper defines.

It works on the whole corpus, so an entity's id can change when papers with another
meaning arrive; ``kg extract``, which sees one paper at a time, keeps the short ids.
Ids the lexicon names are left alone: a paper that gives a lexicon acronym another
meaning is handled when it is extracted (:mod:`kg.extract.definitions`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

from kg.extract.definitions import sense_key
from kg.extract.normalize import canonical_label, norm_key
from kg.model import DocExtraction

__all__ = ["split_acronym_senses"]

def _definitions(doc: DocExtraction, candidates: set[str]) -> dict[str, str]:
    """entity id -> the first long form the paper writes for it (ids in ``candidates``
    that the paper also writes as the short form)."""
    shorts: set[str] = set()
    longs: dict[str, str] = {}
    for m in doc.mentions:
        eid = m.entity_id
        if eid not in candidates:
            continue
        if m.source.startswith("abbrev:short") or m.source.startswith("abbrev:use"):
            shorts.add(eid)
        elif eid not in longs and (" " in m.text or "-" in m.text) and norm_key(m.text) != eid:
            longs[eid] = m.text
    return {eid: text for eid, text in longs.items() if eid in shorts}


def split_acronym_senses(docs: list[DocExtraction]) -> list[DocExtraction]:
    """``docs`` with each meaning of a colliding acronym moved to an entity of its own.

    The input extractions are not modified; changed papers are new objects.

    Examples
    --------
    >>> from kg.model import Mention
    >>> def paper(pid, long):
    ...     text = f"{long} (TAG) works. TAG wins."
    ...     k = len(long)
    ...     return DocExtraction(pid, text, [(0, len(text))], [
    ...         Mention(0, k, long, "Method", "tag", "TAG", 0, "abbrev:long"),
    ...         Mention(k + 2, k + 5, "TAG", "Method", "tag", "TAG", 0, "abbrev:short")])
    >>> docs = [paper("p1", "Text-Attributed Graph"), paper("p2", "Text-attributed graphs"),
    ...         paper("p3", "Text Attributed Graph"), paper("p4", "Tree-Adjoining Grammar")]
    >>> [sorted({m.entity_id for m in d.mentions}) for d in split_acronym_senses(docs)]
    [['tag'], ['tag'], ['tag'], ['tree-adjoining-grammar']]
    """
    candidates: set[str] = set()
    lexicon: set[str] = set()
    for doc in docs:
        for m in doc.mentions:
            src = m.source
            if src.startswith("abbrev"):
                candidates.add(m.entity_id)
            elif src == "lexicon":
                lexicon.add(m.entity_id)
    candidates -= lexicon
    if not candidates:
        return docs

    # entity id -> sense key -> [(doc index, long form)]
    senses: dict[str, dict[tuple, list[tuple[int, str]]]] = defaultdict(lambda: defaultdict(list))
    for i, doc in enumerate(docs):
        if not any(m.entity_id in candidates for m in doc.mentions):
            continue
        for eid, long in _definitions(doc, candidates).items():
            senses[eid][sense_key(long)].append((i, long))

    moves: dict[int, dict[str, tuple[str, str]]] = defaultdict(dict)  # doc index -> old id -> (id, label)
    for eid, by_sense in senses.items():
        if len(by_sense) < 2:
            continue
        ranked = sorted(by_sense.values(), key=lambda papers: (-len(papers), papers[0][0]))
        defining = sum(len(p) for p in ranked)
        common = ranked[0] if len(ranked[0]) >= 2 and 3 * len(ranked[0]) >= 2 * defining else None
        for papers in ranked:
            if papers is common:
                continue
            name = Counter(long for _, long in papers).most_common(1)[0][0]
            new_id, label = norm_key(name), canonical_label(name)
            if new_id == eid:
                continue
            for i, _ in papers:
                moves[i][eid] = (new_id, label)
    if not moves:
        return docs
    out = list(docs)
    for i, move in moves.items():
        doc = docs[i]
        mentions = [replace(m, entity_id=move[m.entity_id][0], label=move[m.entity_id][1])
                    if m.entity_id in move else m for m in doc.mentions]
        out[i] = replace(doc, mentions=mentions)
    return out
