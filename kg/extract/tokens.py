"""Token boundaries as plain lists, and spaCy's span alignment on them.

The rule components match on the text; they need the tokens only to align
character spans to whole tokens (``Doc.char_span``), to split sentences
(the ``sentencizer`` rule) and, for the lexicon, the lowercase token ids.
:class:`Tokens` reads all of that from one ``Doc.to_array`` call, so the
fast path (:func:`kg.extract.fast.extract_docs`) never creates a spaCy
``Token`` or ``Span`` object. :meth:`Tokens.char_span` reproduces
``Doc.char_span`` exactly (spaCy 3: a token owns its trailing whitespace).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import IDX, IS_PUNCT, LENGTH, LOWER, SPACY
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

__all__ = ["Tokens", "sentence_starts", "DEFAULT_PUNCT_CHARS"]

_ATTRS = [IDX, LENGTH, SPACY, LOWER, IS_PUNCT]


class Tokens:
    """Plain-list view of a Doc's tokens over ``text`` (``text == doc.text``).

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("GPT-4o beats Llama 3.")
    >>> toks = Tokens.from_doc(doc, doc.text)
    >>> toks.char_span(1, 4, "expand"), toks.char_span(1, 4, "strict"), toks.char_span(0, 6, "strict")
    ((0, 1), None, (0, 1))
    """

    __slots__ = ("text", "starts", "ends", "lowers", "punct", "n")

    def __init__(self, text: str, starts: list[int], ends: list[int], lowers: list[int], punct: list[int]):
        self.text = text
        self.starts = starts  # token i starts at starts[i]
        self.ends = ends  # ... and its text ends at ends[i] (trailing whitespace excluded)
        self.lowers = lowers
        self.punct = punct
        self.n = len(starts)

    @classmethod
    def from_doc(cls, doc: Doc, text: str) -> "Tokens":
        if not len(doc):
            return cls(text, [], [], [], [])
        cols = doc.to_array(_ATTRS).T.tolist()
        starts, lengths, _, lowers, punct = cols
        ends = [s + n for s, n in zip(starts, lengths)]
        return cls(text, starts, ends, lowers, punct)

    def token_by_char(self, i: int) -> int:
        """The token whose text or trailing whitespace holds character ``i``, or -1."""
        if i < 0 or i >= len(self.text) or not self.n:
            return -1
        return bisect_right(self.starts, i) - 1

    def char_span(self, start: int, end: int, mode: str = "strict") -> tuple[int, int] | None:
        """``Doc.char_span(start, end, alignment_mode=mode)`` as ``(start token, end token)``."""
        s = self.token_by_char(start)
        if s < 0:
            return None
        starts, ends = self.starts, self.ends
        if mode == "strict" and start != starts[s]:
            return None
        e = self.token_by_char(end - 1)
        if e < 0 or (mode == "strict" and end != ends[e]):
            return None
        if mode == "contract":
            if starts[s] < start:
                s += 1
            if end < ends[e]:
                e -= 1
            if e < s:
                return None
        elif mode == "expand":
            if start == ends[s]:
                s += 1
        e += 1
        if not (0 <= s <= e <= self.n):
            raise IndexError(f"span [{s}:{e}] out of range for a doc of {self.n} tokens")
        return s, e

    def chars(self, s: int, e: int) -> tuple[int, int]:
        """``(Span.start_char, Span.end_char)`` of the token span ``[s, e)``."""
        if s >= e:
            c = self.starts[s] if s < self.n else len(self.text)
            return c, c
        return self.starts[s], self.ends[e - 1]


#: spaCy's ``Sentencizer.default_punct_chars``
DEFAULT_PUNCT_CHARS = frozenset(Sentencizer.default_punct_chars)


def sentence_starts(toks: Tokens, punct_chars=DEFAULT_PUNCT_CHARS) -> list[int]:
    """Token indices that start a sentence, by spaCy's ``Sentencizer.predict`` rule."""
    n = toks.n
    if not n:
        return []
    text, starts, ends, punct = toks.text, toks.starts, toks.ends, toks.punct
    out = [0]
    seen_period = False
    for i in range(n):
        in_chars = text[starts[i]:ends[i]] in punct_chars
        if seen_period and not punct[i] and not in_chars:
            out.append(i)
            seen_period = False
        elif in_chars:
            seen_period = True
    return out
