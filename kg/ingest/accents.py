"""LaTeX accent escapes in abstracts, decoded to the letters they stand for.

arXiv abstracts are written in LaTeX, and about one in a hundred spells an accented
letter as an escape: ``Fr\\'echet``, ``Schr\\"odinger``, ``T\\"ULU``, ``Do\\~nana``,
``\\c{c}``. Left as they are, the name is split by the tokenizer at the backslash
and quote ("T\\"ULU" became the entity "t-ulu") and the evidence sentences show the
markup. Decoding happens when a record is read, before extraction, so offsets,
evidence and every output agree on the decoded text.

Only unambiguous forms are decoded: a symbol accent (``\\' \\" \\` \\^ \\~ \\= \\.``)
before a letter or a braced letter, and a letter accent (``\\c \\v \\u \\H \\r \\k \\d``)
only before a braced letter, so commands such as ``\\cite``, ``\\rho`` or ``\\varepsilon``
are never read as accents.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["decode_accents"]

#: accent command -> Unicode combining mark
_MARKS = {
    "'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
    ".": "\u0307", "c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b", "r": "\u030a",
    "k": "\u0328", "d": "\u0323",
}

_LETTER = r"(?:[A-Za-z]|\\[ij](?![A-Za-z]))"
_ACCENT = re.compile(
    r"(?P<open>\{)?\\(?:"
    rf"(?P<sym>['`^\"~=.])(?:\{{\s*(?P<b1>{_LETTER})\s*\}}|(?P<p1>[A-Za-z]))"
    rf"|(?P<cmd>[cvuHrkd])\{{\s*(?P<b2>{_LETTER})\s*\}}"
    r")(?(open)\})"
)


def _decoded(m: re.Match) -> str:
    accent = m.group("sym") or m.group("cmd")
    letter = m.group("b1") or m.group("p1") or m.group("b2")
    letter = letter.lstrip("\\")  # \i and \j, the dotless letters, take the accent as i and j
    return unicodedata.normalize("NFC", letter + _MARKS[accent])


def decode_accents(text: str) -> str:
    """``text`` with LaTeX accent escapes replaced by accented letters.

    Examples
    --------
    >>> decode_accents(r"Fr\\'echet, Schr\\"odinger, T\\"ULU 3, Do\\~nana, {\\"u}, \\c{c}, \\'{\\i}")
    'Fréchet, Schrödinger, TÜLU 3, Doñana, ü, ç, í'
    >>> decode_accents(r"$\\rho$ and \\cite{x} and \\varepsilon stay")
    '$\\\\rho$ and \\\\cite{x} and \\\\varepsilon stay'
    """
    if "\\" not in text:
        return text
    return _ACCENT.sub(_decoded, text)
