"""LaTeX in titles and abstracts, turned into the text it prints, when a record is read.

arXiv abstracts are written in LaTeX. Three habits hid names from the extractor and
left markup in the evidence sentences users read:

* accent escapes (below): ``Fr\\'echet``, ``T\\"ULU``;
* prose formatting (:func:`unwrap_markup`): ``\\textbf{FlowNet-X}``, ``{\\bf GRPO}``, and
  bold initials inside words, ``\\textbf{C}ity\\textbf{GPT}``, which made aliases such
  as "\\textbf{C}ityGPT-Powered ...";
* ``~``, the non-breaking space: "Light Detection and Ranging~(LiDAR)" made the alias
  "Light Detection and Ranging~(LiDAR";
* escaped characters, citations and links (:func:`unwrap_markup`): ``95.1\\%`` (one
  abstract in twenty: result values lost their unit and evidence showed the backslash),
  ``\\&``, ``\\_`` (inside URLs), ``~\\cite{key}`` (a reference number in the paper, nothing
  in an abstract), ``\\url{U}``, ``\\href{U}{text}``, ``\\footnote{text}``.

Math (``$...$``) is left as written: there ``\\text{...}`` and ``~`` are part of a formula.

Accent escapes
--------------

About one abstract in four hundred spells an accented letter as an escape: ``Fr\\'echet``, ``Schr\\"odinger``, ``T\\"ULU``, ``Do\\~nana``,
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

__all__ = ["decode_accents", "unwrap_markup", "latex_to_text", "PROSE_COMMANDS", "PROSE_SWITCHES", "CITATION_OPEN",
           "MATH"]

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


#: LaTeX commands that format prose: their argument is the printed text (shared with
#: :mod:`kg.extract.markup`, which blanks them in place for texts that did not come
#: through ingest, such as the gold texts of ``kg eval``)
PROSE_COMMANDS = r"\\(?:textbf|textit|emph|texttt|textsc|textsf|textrm|textup|textsl|textmd|textnormal|underline|uline|mbox|text)\s*\{"
#: old-style switches opening a group: "{\\bf Name}"
PROSE_SWITCHES = r"\{\\(?:bf|it|em|tt|sc|sf|rm|sl)\b\s*"
#: inline and display math, left as written
MATH = re.compile(r"\$\$.*?\$\$|\$[^$]*\$", re.S)

#: "\\textbf{X}" -> "X", innermost first (no brace inside the argument; repeated for nesting)
_COMMAND = re.compile(PROSE_COMMANDS + r"([^{}]*)\}")
#: "{\\bf Name}" -> "Name"
_SWITCH = re.compile(PROSE_SWITCHES + r"([^{}]*)\}")
#: a non-breaking space between two printed characters ("Fig.~3", "Ranging~(LiDAR)", "8.8%~mPC");
#: "/~user" in a URL and "~10%" (about ten) are left alone
_TILDE = re.compile(r"(?<=[\w.,:;)\]%])~(?=[\w(\[])")
#: "\\%", "\\&", "\\_", "\\#": a character LaTeX reserves, printed as itself
_ESCAPED = re.compile(r"\\([%&_#])")
#: the opening of a citation or cross-reference up to its key's brace: "\\cite{", "\\citep[p.~3]{",
#: "\\ref{"; the key is a pointer into the paper, no text (also read by :mod:`kg.extract.markup`)
CITATION_OPEN = r"\\(?:cite[tp]?|citeauthor|citeyear|ref|eqref|autoref|cref|Cref)\*?\s*(?:\[[^\[\]{}]*\]\s*){0,2}\{"
#: "~\\cite{a, b}", "\\citep[p.~3]{a}", "\\ref{fig}": prints nothing useful in an abstract; the
#: space or tie before it goes too
_CITE = re.compile(r"[ \t~]*" + CITATION_OPEN + r"[^{}]*\}")
#: "\\url{U}" and "\\href{U}{text}" (innermost first, like _COMMAND)
_URL = re.compile(r"\\url\s*\{([^{}]*)\}")
_HREF = re.compile(r"\\href\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
#: "\\footnote{text}": read as a parenthesis
_FOOTNOTE = re.compile(r"\\footnote\s*\{([^{}]*)\}")


def _link(m: re.Match) -> str:
    """``\\href{U}{text}``: the text and the address, unless they say the same."""
    url, shown = m.group(1).strip(), m.group(2).strip()
    if not shown or shown == url or shown.rstrip("/") == url.rstrip("/"):
        return url
    return f"{shown} ({url})" if url else shown


def _prose(text: str) -> str:
    if "\\" in text:
        if "\\c" in text or "ref" in text:
            text = _CITE.sub("", text)
        for _ in range(4):  # nested markup: one level per pass
            new = _SWITCH.sub(r"\1", _COMMAND.sub(r"\1", text))
            if "\\" in new:
                new = _FOOTNOTE.sub(r" (\1)", _HREF.sub(_link, _URL.sub(r"\1", new)))
            if new == text:
                break
            text = new
        text = _ESCAPED.sub(r"\1", text)
    return _TILDE.sub(" ", text) if "~" in text else text


def unwrap_markup(text: str) -> str:
    """``text`` with LaTeX prose formatting replaced by its argument and ``~`` by a space,
    outside ``$...$`` math.

    Examples
    --------
    >>> unwrap_markup(r"We propose \\textbf{FlowNet-X}, a {\\bf fast} \\emph{\\textbf{C}ity\\textbf{GPT}} model.")
    'We propose FlowNet-X, a fast CityGPT model.'
    >>> unwrap_markup(r"Ranging~(LiDAR), Fig.~3, $\\text{E}^3$, see https://x.org/~me and ~10%")
    'Ranging (LiDAR), Fig. 3, $\\\\text{E}^3$, see https://x.org/~me and ~10%'
    >>> unwrap_markup(r"95.1\\% on A\\&B~\\cite{a,b}. Code: \\href{https://g.io/x\\_y}{here}\\footnote{v2}.")
    '95.1% on A&B. Code: here (https://g.io/x_y) (v2).'
    """
    if "\\" not in text and "~" not in text:
        return text
    if "$" not in text:
        return _prose(text)
    out, last = [], 0
    for m in MATH.finditer(text):
        out.append(_prose(text[last:m.start()]))
        out.append(m.group())
        last = m.end()
    out.append(_prose(text[last:]))
    return "".join(out)


def latex_to_text(text: str) -> str:
    """:func:`decode_accents` and :func:`unwrap_markup`: what a record's text prints as.

    >>> latex_to_text(r"\\textbf{T\\"ULU~3} and Fr\\'echet")
    'TÜLU 3 and Fréchet'
    """
    return unwrap_markup(decode_accents(text))
