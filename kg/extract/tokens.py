"""Token boundaries as plain lists, and spaCy's span alignment on them.

The rule components match on the text; they need the tokens only to align
character spans to whole tokens (``Doc.char_span``), to split sentences
(the ``sentencizer`` rule) and, for the lexicon, the lowercase token ids (or the
tokens already written in the lexicon's codes: :class:`kg.extract.fast.LexemeCodes`).
:class:`Tokens` reads all of that from one ``Doc.to_array`` call, so the
fast path (:func:`kg.extract.fast.extract_docs`) never creates a spaCy
``Token`` or ``Span`` object. :meth:`Tokens.char_span` reproduces
``Doc.char_span`` exactly (spaCy 3: a token owns its trailing whitespace).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from functools import lru_cache

import numpy as np
from spacy.attrs import IDX, IS_PUNCT, LENGTH, LOWER
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

__all__ = ["Tokens", "sentence_starts", "DEFAULT_PUNCT_CHARS", "offsets"]

_ATTRS = [IDX, LENGTH, LOWER, IS_PUNCT]


def offsets(column) -> array:
    """A column of ``Doc.to_array`` (character offsets) as an ``array("Q")``, for ``Tokens.starts``/``ends``.

    The same numbers as ``column.tolist()``, read the same way (index, ``bisect``), without
    a Python int object per token: ``tolist`` made ~460 per abstract (every offset above
    256), kept until the end of the fast path's round (:meth:`kg.extract.fast.FastPipeline.pipe`)
    and freed then; the few offsets the components read are made when read. ~10-20 µs less per
    unseen abstract in alternated runs, although a ``bisect`` on an array costs ~80 ns more
    than on a list (``starts`` kept a list and ``ends`` an array measured 10-15 µs worse).

    >>> import numpy as np
    >>> offsets(np.array([[0, 3], [300, 4]], dtype=np.uint64)[:, 0]).tolist()
    [0, 300]
    """
    if column.dtype != np.uint64:  # (spaCy's attributes are uint64: this is the usual no-op)
        column = column.astype(np.uint64)
    return array("Q", column.tobytes())


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

    __slots__ = ("text", "starts", "ends", "lowers", "punct", "n", "lexicon_codes", "enders")

    def __init__(self, text: str, starts: list[int], ends: list[int], lowers: list[int] | None, punct: list[int],
                 lexicon_codes: tuple[object, str] | None = None,
                 enders: tuple[frozenset, list[int]] | None = None):
        self.text = text
        # (plain int sequences: lists, or arrays of offsets from a Doc, see :func:`offsets`)
        self.starts = starts  # token i starts at starts[i]
        self.ends = ends  # ... and its text ends at ends[i] (trailing whitespace excluded)
        self.lowers = lowers  # LOWER ids; None when the tokens come already encoded for the lexicon:
        # (the lexicon's code table, the tokens as codes) (see LexiconMatcher.token_codes)
        self.lexicon_codes = lexicon_codes
        self.punct = punct
        # (punct_chars, the tokens whose text is one of them), when the tokenizer knows them
        # (:class:`kg.extract.fast.LexemeCodes`); None: sentence_starts finds them itself
        self.enders = enders
        self.n = len(starts)

    @classmethod
    def from_doc(cls, doc: Doc, text: str) -> "Tokens":
        if not len(doc):
            return cls(text, [], [], [], [])
        arr = doc.to_array(_ATTRS)  # one numpy call; the columns become plain sequences once
        idx = arr[:, 0]
        return cls(text, offsets(idx), offsets(idx + arr[:, 1]), arr[:, 2].tolist(), arr[:, 3].tolist())

    def token_by_char(self, i: int) -> int:
        """The token whose text or trailing whitespace holds character ``i``, or -1."""
        if i < 0 or i >= len(self.text) or not self.n:
            return -1
        return bisect_right(self.starts, i) - 1

    def char_span(self, start: int, end: int, mode: str = "strict") -> tuple[int, int] | None:
        """``Doc.char_span(start, end, alignment_mode=mode)`` as ``(start token, end token)``."""
        # token_by_char, inlined (this runs ~40 times per abstract)
        size = len(self.text)
        if start < 0 or start >= size or not self.n:
            return None
        starts, ends = self.starts, self.ends
        s = bisect_right(starts, start) - 1
        if s < 0 or (mode == "strict" and start != starts[s]):
            return None
        if end - 1 < 0 or end - 1 >= size:
            return None
        e = bisect_right(starts, end - 1) - 1
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
    """Token indices that start a sentence, by spaCy's ``Sentencizer.predict`` rule.

    The rule: after a token whose text is in ``punct_chars`` ("."), the next token
    that is neither punctuation nor in ``punct_chars`` starts a sentence. Only
    those "ender" tokens change anything, and an abstract has a dozen of them
    among ~230 tokens, so they are found in the text with one regular expression
    (single-character ``punct_chars``, the default) instead of testing every token,
    or read from ``toks.enders`` when the tokenizer flagged them (for these ``punct_chars``).

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("We use GPT-4o. It wins (e.g. on MATH). Done")
    >>> sentence_starts(Tokens.from_doc(doc, doc.text))
    [0, 4, 12]
    """
    n = toks.n
    if not n:
        return []
    known = toks.enders
    if known is not None and (known[0] is punct_chars or known[0] == punct_chars):
        enders = known[1]  # tokens whose text is one of punct_chars
    else:
        enders = _enders(toks, punct_chars)
        if enders is None:
            return _sentence_starts_loop(toks, punct_chars)
    punct = toks.punct
    out = [0]
    is_ender = set(enders)
    nxt = -1
    for e in enders:
        if e < nxt:
            continue  # between an earlier ender and the sentence start found for it
        j = e + 1
        while j < n and (punct[j] or j in is_ender):
            j += 1
        if j >= n:
            break
        out.append(j)
        nxt = j
    return out


def _enders(toks: Tokens, punct_chars) -> list[int] | None:
    """The tokens whose text is one character of ``punct_chars``, found in the text (None when
    one of ``punct_chars`` is longer than a character)."""
    rxs = _punct_rx(punct_chars if isinstance(punct_chars, frozenset) else frozenset(punct_chars))
    if rxs is None:
        return None
    starts, ends = toks.starts, toks.ends
    enders = []
    for p in _offsets_of(toks.text, rxs):
        i = bisect_right(starts, p) - 1
        if i >= 0 and starts[i] == p and ends[i] == p + 1:
            enders.append(i)
    return enders


def _offsets_of(text: str, rxs: tuple[str, re.Pattern]) -> list[int]:
    """Where the characters of ``punct_chars`` are in ``text``, in order (``rxs``: :func:`_punct_rx`).

    In ASCII text, by ``str.find`` per ASCII character (a scan at ``memchr`` speed, ~4x
    faster than ``re`` scanning the text for the class).
    """
    if not text.isascii():
        return [m.start() for m in rxs[1].finditer(text)]
    out = []
    find = text.find
    for ch in rxs[0]:
        p = find(ch)
        while p != -1:
            out.append(p)
            p = find(ch, p + 1)
    out.sort()
    return out


@lru_cache(maxsize=8)
def _punct_rx(punct_chars: frozenset) -> tuple[str, re.Pattern] | None:
    """The ASCII characters of ``punct_chars``, and a character class of all of them.

    None when one of them is longer than a character. (The default set has 128
    characters, most outside the BMP; ``re`` tests such a class ~25x slower than
    ``[!.?]``, so ASCII text is searched for the ASCII characters only.)
    """
    if not punct_chars or any(len(c) != 1 for c in punct_chars):
        return None
    chars = sorted(punct_chars)
    return "".join(c for c in chars if c.isascii()), re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


def _sentence_starts_loop(toks: Tokens, punct_chars) -> list[int]:
    """:func:`sentence_starts` token by token (any ``punct_chars``)."""
    if not toks.n:
        return []
    text, starts, ends, punct = toks.text, toks.starts, toks.ends, toks.punct
    out = [0]
    seen_period = False
    for i in range(toks.n):
        in_chars = text[starts[i]:ends[i]] in punct_chars
        if seen_period and not punct[i] and not in_chars:
            out.append(i)
            seen_period = False
        elif in_chars:
            seen_period = True
    return out
