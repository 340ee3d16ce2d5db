"""Listing pages: a web page of papers saved as text (the seed is one).

The page is a run of paragraphs separated by blank lines. A paper is a
*title* (a short paragraph that does not end like a sentence) immediately
followed by an *abstract* (a long paragraph), optionally with an author line
("Ada Lovelace, Alan Turing") in between. Page furniture in between or
around ("Subscribe", "Submitted by ...", upvote counts, date lines, "Project
Page: ..." lines) is recognised and dropped, so it cannot separate a title
from its abstract. A long paragraph without a title before it is skipped with
a warning rather than glued to the previous abstract.

Listing papers are undated: a date line on the page ("Apr 9") is the day of
the listing, not when the papers were published (the seed page, dated Apr 9,
lists papers from 2019 to 2025), and it has no year anyway.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from kg.ingest.context import Context
from kg.ingest.sources import text_lines

__all__ = ["read_listing", "paragraphs", "is_title", "is_abstract", "is_noise", "is_author_list"]

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_LINE = re.compile(
    rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?"
    rf"|{_MONTH}\s+\d{{4}}|\d{{4}}-\d{{2}}(?:-\d{{2}})?)",
    re.IGNORECASE,
)
_NOISE = re.compile(
    r"""(?:
        new | subscribe | upvote[sd]? | follow(?:ing)? | share | save | cite | bookmark
      | trending | daily\s+papers | papers | paper | abstract | pdf | code | demo | models?
      | datasets? | spaces? | collections? | comments? | authors? | previous | next | more
      | see\s+all.* | view\s+all.* | load\s+more.* | show\s+more.* | read\s+more.*
      | get\s+trending\s+papers.* | by\s*ak\b.* | submitted\s+by\b.* | published\s+on\b.*
      | project\s+page\s*:.* | code\s*:.* | github\s*:.* | website\s*:.* | arxiv\s*:.*
      | (?:https?://|www\.)\S+
      | [·•|\-–—]?\s*[\d.,]+\s*[km]?\s*(?:upvotes?|likes?|comments?|authors?|stars?|votes?)?
      | [·•|]\s*.*
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_LABEL = re.compile(r"(?:title|abstract|authors?)\s*:\s*", re.IGNORECASE)
_NAME_SEP = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
_NAME_WORD = re.compile(r"(?:[A-Z\u00C0-\u024F][\w'\u2019.-]*|de|del|der|di|da|du|la|le|van|von|den|dos|bin|al|y)")
_NOT_TITLE_END = (".", ",", ";", ":")


def is_noise(text: str) -> bool:
    """Page furniture: buttons, bylines, counts, bare links, date lines.

    Examples
    --------
    >>> [is_noise(t) for t in ["Subscribe", "Apr 9", "Submitted by akhaliq", "42",
    ...                        "Project Page: https://x.io", "Weak-to-Strong Reasoning"]]
    [True, True, True, True, True, False]
    """
    return bool(_NOISE.fullmatch(text) or _DATE_LINE.fullmatch(text))


def is_author_list(text: str) -> bool:
    """Two or more person names separated by commas, semicolons or "and".

    A name is 2 to 5 capitalised words (particles such as "van" allowed).

    Examples
    --------
    >>> is_author_list("Ada Lovelace, Alan M. Turing and Grace Hopper")
    True
    >>> is_author_list("Vision, Language, and Action Models")
    False
    """
    if ":" in text or any(ch.isdigit() for ch in text):
        return False
    names = [n for n in _NAME_SEP.split(text) if n]
    return len(names) >= 2 and all(
        2 <= len(words := n.split()) <= 5 and all(_NAME_WORD.fullmatch(w) for w in words) for n in names
    )


def is_title(text: str, lines: int = 1) -> bool:
    """A short paragraph (at most 3 lines, 40 words, 300 characters) not ending like a sentence.

    Examples
    --------
    >>> is_title("When Do Curricula Work in Federated Learning?")
    True
    >>> is_title("We present ILLUME+.")
    False
    """
    return (
        lines <= 3
        and len(text) <= 300
        and len(text.split()) <= 40
        and not text.endswith(_NOT_TITLE_END)
        and any(ch.isalpha() for ch in text)
        and not is_noise(text)
    )


def is_abstract(text: str) -> bool:
    """A long paragraph: at least 15 words and 80 characters.

    Examples
    --------
    >>> is_abstract("Too short to be an abstract.")
    False
    """
    return len(text.split()) >= 15 and len(text) >= 80


def paragraphs(lines: Iterator[str]) -> Iterator[tuple[int, int, str]]:
    """``(first line number, line count, text)`` per blank-line-separated paragraph.

    Lines of a paragraph are stripped and joined with one space.

    Examples
    --------
    >>> list(paragraphs(iter(["A title\\r\\n", "\\r\\n", "Line one\\n", "line two\\n"])))
    [(1, 1, 'A title'), (3, 2, 'Line one line two')]
    """
    start, parts = 0, []
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if text:
            if not parts:
                start = number
            parts.append(text)
        elif parts:
            yield start, len(parts), " ".join(parts)
            parts = []
    if parts:
        yield start, len(parts), " ".join(parts)


def read_listing(fh: BinaryIO, ctx: Context) -> Iterator[tuple[int, dict[str, object]]]:
    """Papers of a listing page as ``(title line, record)`` pairs."""
    pending: tuple[int, str] | None = None  # a title waiting for its abstract
    authors: str | None = None  # an author line between the title and the abstract
    for line, count, text in paragraphs(text_lines(fh, ctx)):
        text = _LABEL.sub("", text, count=1) if _LABEL.match(text) else text
        if not text:
            continue
        if is_noise(text):
            continue
        if pending is not None and is_abstract(text):
            title_line, title = pending
            record: dict[str, object] = {"title": title, "abstract": text}
            if authors is not None:
                record["authors"] = [n for n in _NAME_SEP.split(authors) if n]
            pending = authors = None
            yield title_line, record
            continue
        if pending is not None and authors is None and is_author_list(text):
            authors = text
        elif is_title(text, count):
            pending, authors = (line, text), None
        elif is_abstract(text):
            ctx.warn("long paragraph without a title before it skipped (not a paper?)", line)
            pending = authors = None
        else:
            pending = authors = None
