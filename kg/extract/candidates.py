"""The candidate record the rule components share, and turning it into Spans.

Rule components match on ``doc.text`` with regular expressions (fast, in C) and
produce :class:`Candidate` character spans; :func:`to_spans` aligns them to
tokens once, for ``doc.spans``.
"""

from __future__ import annotations

from typing import Iterable, NamedTuple

from spacy.tokens import Doc, Span

__all__ = ["Candidate", "to_spans", "doc_text"]

_TEXT_KEY = "kg_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc (spaCy rebuilds it from the tokens on every access)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


class Candidate(NamedTuple):
    """A typed character span proposed by one rule."""

    start: int
    end: int
    type: str
    rule: str
    kb_id: str = ""


def to_spans(doc: Doc, candidates: Iterable[Candidate]) -> list[Span]:
    """Token-aligned spans (label = type, kb_id = rule or lexicon id), skipping empty ones.

    A candidate that cuts a token is widened to whole tokens ("expand"), except
    when widening would swallow more than a few characters; then it is dropped.
    """
    out = []
    for c in candidates:
        if c.end <= c.start:
            continue
        sp = doc.char_span(c.start, c.end, label=c.type, kb_id=c.kb_id or c.rule, alignment_mode="expand")
        if sp is None or len(sp) == 0:
            continue
        if (c.start - sp.start_char) + (sp.end_char - c.end) > 3:
            sp = doc.char_span(c.start, c.end, label=c.type, kb_id=c.kb_id or c.rule,
                               alignment_mode="contract")
            if sp is None or len(sp) == 0:
                continue
        out.append(sp)
    return out
