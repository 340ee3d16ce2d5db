"""Names written with and without hyphens or spaces are one entity, corpus-wide.

An entity id is the name's words joined by hyphens (:func:`kg.extract.normalize.norm_key`),
so a name written as one word in some papers and as two in others gets two ids:
"Video-LLM" and "VideoLLM", "nnU-Net" and "nnUNet", "feed-forward network" and
"feedforward network", "spatio-temporal reasoning" and "spatiotemporal reasoning". In 75k
arXiv abstracts such pairs split ~70 frequent entities, each trend counting part of its
papers (VideoLLM 51 and Video-LLM 66, EfficientNet-B0 48 and EfficientNetB0 23).

This pass runs over all extractions before the graph is built (after
:mod:`kg.senses`): ids that are equal once their hyphens are removed become the id the
most papers use (a lexicon id first; between equals, the one that reads best). Short ids are left alone (fewer than
:data:`MIN_LETTERS` characters without hyphens): "IN-R" and "INR", "M-OS" and "MOS" or
"Code-X" and "Codex" name different things. Two lexicon ids are never joined (the lexicon
keeps them apart on purpose or by a spelling it knows). Mentions keep their text and
label; ``kg extract``, which sees one paper at a time, keeps each paper's own ids.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from kg.corpus_ids import CorpusIds, on_docs
from kg.model import DocExtraction
from kg.senses import rename_in

__all__ = ["merge_hyphen_spellings", "merge_hyphen_spellings_in", "MIN_LETTERS"]

#: ids shorter than this without their hyphens are never joined
MIN_LETTERS = 6


def _readability(eid: str) -> tuple:
    """Which of two equally used ids reads better: no word broken by a line-end hyphen
    ("dy-namic", "fr-e-chet"), then the words kept apart ("hybrid-retrieval-strategy", not
    "hybridretrieval-strategy"), then the id itself (a fixed order)."""
    parts = eid.split("-")
    broken = sum(1 for part in parts if len(part) <= 2 and part.isalpha())
    return -broken, len(parts), eid


def merge_hyphen_spellings(docs: list[DocExtraction]) -> list[DocExtraction]:
    """``docs`` with the ids that differ only by hyphens joined (see the module docstring).

    The input extractions are not modified; changed papers are new objects.

    Examples
    --------
    >>> from kg.model import Mention
    >>> def paper(pid, name):
    ...     eid = name.lower().replace(" ", "-")
    ...     return DocExtraction(pid, name, [(0, len(name))], [Mention(0, len(name), name, "Method", eid, name, 0, "phrase")])
    >>> docs = [paper("p1", "Video-LLM"), paper("p2", "Video-LLM"), paper("p3", "VideoLLM"), paper("p4", "IN-R"), paper("p5", "INR")]
    >>> [d.mentions[0].entity_id for d in merge_hyphen_spellings(docs)]
    ['video-llm', 'video-llm', 'video-llm', 'in-r', 'inr']
    """
    return on_docs(merge_hyphen_spellings_in, docs)


def merge_hyphen_spellings_in(index: CorpusIds) -> None:
    """:func:`merge_hyphen_spellings` on the extractions of ``index``, replacing those that change."""
    papers: Counter[str] = index.papers
    lexicon = index.present(index.lexicon)
    groups: dict[str, list[str]] = defaultdict(list)
    for eid, n in papers.items():
        squashed = eid.replace("-", "")
        if n > 0 and len(squashed) >= MIN_LETTERS:
            groups[squashed].append(eid)
    merges: dict[str, str] = {}
    for ids in groups.values():
        if len(ids) < 2 or sum(eid in lexicon for eid in ids) > 1:
            continue
        target = max(ids, key=lambda eid: (eid in lexicon, papers[eid], *_readability(eid)))
        merges.update((eid, target) for eid in ids if eid != target)
    rename_in(index, merges)
