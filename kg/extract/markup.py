"""LaTeX text formatting in abstracts, blanked out before extraction.

About one arXiv abstract in fifteen marks its names up the way the paper does:
"we propose \\textbf{FlowNet-X}, a \\emph{diffusion model} ... on \\texttt{MathVista}".
spaCy's tokenizer keeps ``\\textbf{FlowNet-X}`` as one token, so neither the
lexicon nor the name patterns see the name inside. :func:`mask_markup` replaces
the command and its braces with spaces of the same length: every offset still
indexes the original text (evidence sentences and mention offsets are unchanged),
and the extractor sees ``FlowNet-X`` as a word.

Only commands that format prose are blanked, and only outside ``$...$`` math,
where ``\\text{...}`` is part of a formula ("$\\text{E}^3\\text{RL}$") and
blanking it would make stray words of symbols.
"""

from __future__ import annotations

import re

from kg.ingest.latex import CITATION_OPEN, MATH, PROSE_COMMANDS, PROSE_SWITCHES

__all__ = ["mask_markup"]

#: the opening of a prose formatting command ("\\textbf{") and of an old-style switch
#: ("{\\bf "); the same vocabulary ingest unwraps (:mod:`kg.ingest.latex`)
_COMMAND = re.compile(PROSE_COMMANDS)
_SWITCH = re.compile(PROSE_SWITCHES)
#: a citation or cross-reference, the vocabulary ingest drops: its argument is a key, no prose
#: ("\\citet{Shao-2024-Deepseekmath}" made a model "-Deepseekmath"); blanked whole, with the tie
#: before it ("GPT-4o~\\cite{x}"). (`kg build` reads records through kg.ingest, which drops them;
#: `kg extract` and the library analyse a text exactly as given, so they meet them here)
_KEYED = re.compile("~?" + CITATION_OPEN)


def mask_markup(text: str) -> str:
    """``text`` with LaTeX prose formatting replaced by spaces (same length).

    Examples
    --------
    >>> mask_markup(r"We propose \\textbf{FlowNet-X}, a \\emph{diffusion model}.")
    'We propose         FlowNet-X , a       diffusion model .'
    >>> mask_markup(r"with {\\bf GRPO} and $\\text{E}^3$") == r"with      GRPO  and $\\text{E}^3$"
    True
    >>> mask_markup("no markup") == "no markup"
    True
    >>> mask_markup(r"\\textbf{M}obileNet") == r"\\textbf{M}obileNet"  # a bold initial: left alone
    True
    >>> mask_markup(r"as in \\citet{Shao-2024-Deepseekmath}, GRPO") == "as in " + " " * 30 + ", GRPO"
    True
    """
    if "\\" not in text:
        return text
    math = [m.span() for m in MATH.finditer(text)] if "$" in text else []
    chars = None
    for pattern in (_COMMAND, _SWITCH):
        for m in pattern.finditer(text):
            start, open_end = m.start(), m.end()
            if any(s <= start < e for s, e in math):
                continue
            close = _closing_brace(text, open_end)
            if close is None or _inside_word(text, start, close):
                continue
            if chars is None:
                chars = list(text)
            for i in range(start, open_end):
                chars[i] = " "
            chars[close] = " "
    for m in _KEYED.finditer(text):  # (blanked whole: the key is no text, even inside a word)
        start, open_end = m.start(), m.end()
        close = _closing_brace(text, open_end)
        if close is None or any(s <= start < e for s, e in math):
            continue
        if chars is None:
            chars = list(text)
        chars[start:close + 1] = " " * (close + 1 - start)
    return text if chars is None else "".join(chars)


def _inside_word(text: str, start: int, close: int) -> bool:
    """Markup within a word ("\\textbf{M}obileNet", "C\\textbf{o}T"): blanking it would split the word."""
    return (start > 0 and text[start - 1].isalnum()) or (close + 1 < len(text) and text[close + 1].isalnum())


def _closing_brace(text: str, pos: int) -> int | None:
    """Index of the ``}`` closing a group opened just before ``pos`` (None if unclosed)."""
    depth = 1
    limit = min(len(text), pos + 500)  # a formatted name or phrase, never a whole paragraph
    for i in range(pos, limit):
        c = text[i]
        if c == "{" and text[i - 1] != "\\":
            depth += 1
        elif c == "}" and text[i - 1] != "\\":
            depth -= 1
            if depth == 0:
                return i
    return None
