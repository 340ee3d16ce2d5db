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

from kg.corpus_ids import CorpusIds, changed, on_docs
from kg.extract.definitions import sense_key
from kg.extract.normalize import canonical_label, norm_key
from kg.model import DocExtraction

__all__ = ["split_acronym_senses", "merge_spelled_out", "rename_entities", "split_senses_in",
           "merge_spelled_out_in", "rename_in"]

def _definitions(doc: DocExtraction, candidates: set[str]) -> dict[str, str]:
    """entity id -> the first long form the paper writes for it (ids in ``candidates``
    that the paper also writes as the short form).

    The short forms are found first, so that only their ids' mentions are normalised
    (most papers that write a candidate id define none)."""
    mentions = doc.mentions
    shorts = {m.entity_id for m in mentions if m.entity_id in candidates and m.source.startswith(_SHORT)}
    longs: dict[str, str] = {}
    if shorts:
        for m in mentions:
            eid, text = m.entity_id, m.text
            if (eid in shorts and eid not in longs and (" " in text or "-" in text)
                    and not m.source.startswith(_SHORT) and norm_key(text) != eid):
                longs[eid] = text
    return longs


_SHORT = ("abbrev:short", "abbrev:use")


def _acronym_ids(index: CorpusIds) -> tuple[set[str], set[str]]:
    """(ids that papers write as a defined acronym and the lexicon does not name, lexicon ids)."""
    lexicon = index.present(index.lexicon)
    return index.present(index.abbrev) - lexicon, lexicon


def _defining(index: CorpusIds, candidates: set[str]):
    """(doc index, acronym id, long form) of every paper that defines an id in ``candidates``,
    in paper order."""
    for i, ids in enumerate(index.ids):
        if not candidates.isdisjoint(ids):
            for eid, long in _definitions(index.docs[i], candidates).items():
                yield i, eid, long


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
    return on_docs(split_senses_in, docs)


def split_senses_in(index: CorpusIds) -> None:
    """:func:`split_acronym_senses` on the extractions of ``index``, replacing those that change."""
    candidates, _ = _acronym_ids(index)
    if not candidates:
        return
    # entity id -> sense key -> [(doc index, long form)]
    senses: dict[str, dict[tuple, list[tuple[int, str]]]] = defaultdict(lambda: defaultdict(list))
    for i, eid, long in _defining(index, candidates):
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
    for i, move in moves.items():
        doc = index.docs[i]
        mentions = [changed(m, entity_id=move[m.entity_id][0], label=move[m.entity_id][1])
                    if m.entity_id in move else m for m in doc.mentions]
        index.replace(i, changed(doc, mentions=mentions))


def merge_spelled_out(docs: list[DocExtraction]) -> list[DocExtraction]:
    """``docs`` with each acronym and its spelled-out name as one entity, corpus-wide.

    A paper that defines "Sparse Autoencoders (SAEs)" gives both forms the acronym's id;
    a paper that only writes "sparse autoencoders" gives them the id of the words. So
    the same concept becomes two entities, each with part of its papers (in 75k arXiv
    abstracts: 177 and 116 papers), and neither trend is right. The lexicon joins the
    names it knows; this pass joins the ones papers coin. Run it after
    :func:`split_acronym_senses`: an acronym id then keeps only its common meaning.

    The spelled-out id joins the acronym's when at least two papers define the acronym,
    all of them with one meaning, written most often as that name; never for an id
    the lexicon names or another acronym's id, and never when two acronyms claim the
    same spelled-out name. Mentions keep their text and label; the input is not modified.

    Examples
    --------
    >>> from kg.model import Mention
    >>> def defines(pid):
    ...     text = "Sparse Autoencoders (SAEs) work."
    ...     return DocExtraction(pid, text, [(0, len(text))], [
    ...         Mention(0, 19, "Sparse Autoencoders", "Method", "sae", "SAE", 0, "abbrev:long"),
    ...         Mention(21, 25, "SAEs", "Method", "sae", "SAE", 0, "abbrev:short")])
    >>> text = "We train sparse autoencoders."
    >>> writes = DocExtraction("p3", text, [(0, len(text))], [
    ...     Mention(9, 28, "sparse autoencoders", "Method", "sparse-autoencoder", "sparse autoencoder", 0, "phrase")])
    >>> [sorted({m.entity_id for m in d.mentions}) for d in merge_spelled_out([defines("p1"), defines("p2"), writes])]
    [['sae'], ['sae'], ['sae']]
    """
    return on_docs(merge_spelled_out_in, docs)


def merge_spelled_out_in(index: CorpusIds) -> None:
    """:func:`merge_spelled_out` on the extractions of ``index``, replacing those that change."""
    candidates, lexicon = _acronym_ids(index)
    if not candidates:
        return
    forms: dict[str, list[str]] = defaultdict(list)  # acronym id -> its long forms, one per defining paper
    for _, eid, long in _defining(index, candidates):
        forms[eid].append(long)
    claims: dict[str, set[str]] = defaultdict(set)  # spelled-out id -> acronym ids
    for eid, longs in forms.items():
        if len(longs) < 2 or len({sense_key(long) for long in longs}) > 1:
            continue
        spelled = norm_key(Counter(longs).most_common(1)[0][0])
        if spelled != eid and spelled not in lexicon and spelled not in candidates:
            claims[spelled].add(eid)
    rename_in(index, {spelled: next(iter(eids)) for spelled, eids in claims.items() if len(eids) == 1})


def rename_entities(docs: list[DocExtraction], new_ids: dict[str, str]) -> list[DocExtraction]:
    """``docs`` with every mention of an id in ``new_ids`` given its new id (texts and labels
    stay). Papers without such a mention are returned as they are; the others are new objects."""
    if not new_ids:
        return docs
    return on_docs(rename_in, docs, new_ids)


def rename_in(index: CorpusIds, new_ids: dict[str, str]) -> None:
    """:func:`rename_entities` on the extractions of ``index``, replacing those that change."""
    renamed = set(new_ids)
    for i, ids in enumerate(index.ids):
        if not renamed.isdisjoint(ids):
            doc = index.docs[i]
            index.replace(i, changed(doc, mentions=[changed(m, entity_id=new_ids[m.entity_id])
                                                    if m.entity_id in new_ids else m for m in doc.mentions]))
