"""The candidate record the rule components share, and turning it into Spans.

Rule components match on ``doc.text`` with regular expressions (fast, in C) and
produce :class:`Candidate` character spans; :func:`align` aligns them to
tokens once (plain ``(start, end, label, kb_id)`` token spans), :func:`to_spans`
makes spaCy Spans of them for ``doc.spans``. :func:`find_bounded` and
:func:`finditer_from` are the rules' fast scans: a name found with ``str.find``,
and a pattern tried only at the positions where it can start.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterable, NamedTuple

from spacy.tokens import Doc, Span

from kg.extract.tokens import Tokens

__all__ = ["Candidate", "align", "align_chars", "to_spans", "doc_text", "TokenSpan", "find_bounded", "finditer_from"]

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


#: a token-aligned span: (start token, end token, label, kb_id)
TokenSpan = tuple[int, int, str, str]


def align(toks: Tokens, candidates: Iterable[Candidate]) -> list[TokenSpan]:
    """Token-aligned spans (label = type, kb_id = rule or lexicon id), skipping empty ones.

    A candidate that cuts a token is widened to whole tokens ("expand"), except
    when widening would swallow more than a few characters; then it is dropped
    to the tokens inside it ("contract").
    """
    out = []
    char_span, chars = toks.char_span, toks.chars
    for c in candidates:
        if c.end <= c.start:
            continue
        sp = char_span(c.start, c.end, "expand")
        if sp is None or sp[1] <= sp[0]:
            continue
        s0, e0 = chars(sp[0], sp[1])
        if (c.start - s0) + (e0 - c.end) > 3:
            sp = char_span(c.start, c.end, "contract")
            if sp is None or sp[1] <= sp[0]:
                continue
        out.append((sp[0], sp[1], c.type, c.kb_id or c.rule))
    return out


def align_chars(toks: Tokens, candidates: Iterable[Candidate]) -> list[tuple[int, int, str, str]]:
    """:func:`align` as character spans: ``[(*toks.chars(s, e), label, kb) for s, e, label, kb in align(...)]``.

    The fast path's form (:mod:`kg.extract.fast`): the widened span's characters are
    already known when it is kept, so no token span is built and converted back.
    """
    out = []
    char_span, starts, ends = toks.char_span, toks.starts, toks.ends
    size, n = len(toks.text), toks.n
    for cs, ce, type_, rule, kb_id in candidates:  # (Candidate fields, unpacked at once)
        if ce <= cs:
            continue
        # toks.char_span(cs, ce, "expand"), inlined (cs < ce here)
        if cs < 0 or ce > size or not n:
            continue
        s = bisect_right(starts, cs) - 1
        e = bisect_right(starts, ce - 1)
        if s < 0 or e <= 0:
            continue
        if cs == ends[s]:
            s += 1
        if e <= s:
            continue
        s0, e0 = starts[s], ends[e - 1]
        if (cs - s0) + (e0 - ce) > 3:
            sp = char_span(cs, ce, "contract")
            if sp is None:
                continue
            s, e = sp
            if e <= s:
                continue
            s0, e0 = starts[s], ends[e - 1]
        out.append((s0, e0, type_, kb_id or rule))
    return out


def to_spans(doc: Doc, candidates: Iterable[Candidate]) -> list[Span]:
    """:func:`align` as spaCy Spans of ``doc``."""
    toks = Tokens.from_doc(doc, doc_text(doc))
    return [Span(doc, s, e, label=label, kb_id=kb) for s, e, label, kb in align(toks, candidates)]


def find_bounded(text: str, needle: str, bad_before: str, bad_after: str, *, plural: bool = False) -> list[tuple[int, int]]:
    """Occurrences of ``needle`` as ``re.finditer`` would find them, without compiling a pattern.

    Equivalent to ``(?<![\\w<bad_before>])needle(?:s)?(?![\\w<bad_after>])``, the optional
    ``s`` only when ``plural``. (A fresh pattern per name would miss the ``re`` cache.)

    Examples
    --------
    >>> find_bounded("LoRA and LoRAs, not LoRAX", "LoRA", "-/.@", "/", plural=True)
    [(0, 4), (9, 14)]
    """
    out = []
    n = len(needle)
    if not n:
        return out
    size = len(text)
    find = text.find
    p = find(needle)
    while p != -1:
        # (ch.isalnum() or ch == "_" is what \w matches in a str pattern)
        if p > 0:
            ch = text[p - 1]
            if ch.isalnum() or ch == "_" or ch in bad_before:
                p = find(needle, p + 1)
                continue
        end = -1
        e = p + n
        if plural and e < size and text[e] == "s":
            if e + 1 >= size:
                end = e + 1
            else:
                ch = text[e + 1]
                if not (ch.isalnum() or ch == "_" or ch in bad_after):
                    end = e + 1
        if end < 0:
            if e >= size:
                end = e
            else:
                ch = text[e]
                if not (ch.isalnum() or ch == "_" or ch in bad_after):
                    end = e
        if end >= 0:
            out.append((p, end))
            p = find(needle, end)
        else:
            p = find(needle, p + 1)
    return out


def finditer_from(rx: re.Pattern, text: str, starts) -> list[re.Match]:
    """``list(rx.finditer(text))`` when every match of ``rx`` starts at one of ``starts``.

    ``starts`` ascend (repeats allowed). Like ``finditer``, a match is looked for at
    or after the end of the previous one, and ``rx.match`` sees the text before its
    start position, so look-behinds behave as in ``finditer``.

    >>> import re
    >>> finditer_from(re.compile(r"ab|b"), "abab", [0, 1, 2])[1].span()
    (2, 4)
    """
    out = []
    end = tried = -1
    match = rx.match
    for p in starts:
        if p >= end and p != tried:
            tried = p
            m = match(text, p)
            if m is not None:
                out.append(m)
                end = m.end()
    return out
