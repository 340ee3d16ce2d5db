"""One parsed record (a dict of fields) -> one :class:`kg.model.Paper`.

Every structured reader (JSONL, JSON, CSV/TSV, Atom/RSS) hands this module a plain
dict; field aliases, id rules, dates and text cleanup live here, once, including
the two fields of the arXiv metadata snapshot that need reading (``versions``
and ``authors_parsed``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from kg.ingest.latex import latex_to_text
from kg.ingest.dates import parse_date
from kg.ingest.ids import arxiv_date, arxiv_url, canonical_id, content_id, normalize_arxiv_id
from kg.model import Paper

__all__ = [
    "FIELDS",
    "ARXIV_SNAPSHOT_FIELDS",
    "RecordError",
    "record_to_paper",
    "clean_title",
    "clean_abstract",
    "split_authors",
    "parsed_authors",
    "first_version_date",
]

#: field -> accepted column/key names, in order of preference (case-insensitive)
FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "paper_id", "arxiv_id"),
    "title": ("title",),
    "abstract": ("abstract", "summary", "text"),
    "date": ("date", "published", "updated", "year"),
    "authors": ("authors", "author"),
    "url": ("url", "link"),
}

#: fields of the arXiv metadata snapshot read besides :data:`FIELDS`: the first version's
#: date (when there is no date field) and the parsed author names (preferred to ``authors``)
ARXIV_SNAPSHOT_FIELDS = ("versions", "authors_parsed")

_LINE_BREAKS = re.compile(r"[ \t]*[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]+[ \t]*")
#: any line break: a cheap test first, as most records have none (the sub above scans slowly)
_HAS_LINE_BREAK = re.compile(r"[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
#: control characters XML 1.0 cannot carry (GraphML, HTML and RDF outputs would break)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
#: either of the two above: one scan finds that a text needs neither fix (the usual case)
_INVALID = re.compile(r"[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def _valid(text: str) -> str:
    """Text every output format can carry.

    Lone surrogates (from JSON escapes like "\\ud800") cannot be written as UTF-8:
    they become U+FFFD; control characters (other than tab and line breaks) become
    spaces.

    >>> _valid("a\x01b\x7f")
    'a b '
    """
    if not _INVALID.search(text):
        return text
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return _CONTROL.sub(" ", text) if _CONTROL.search(text) else text


#: 64+ characters of symbols with no space, letter or digit: page debris, not prose
_SYMBOL_RUN = re.compile(r"[^\s\w]{64,}")


def _break_symbol_runs(text: str) -> str:
    """Put a space every 32 characters into long runs of bare symbols.

    spaCy's tokenizer is quadratic on long space-free runs of punctuation (5,000
    characters of "!?.,;:" take seconds, 30,000 minutes); such runs carry no
    words, so spacing them out changes nothing a reader or the extractor needs.

    >>> _break_symbol_runs("a " + "!?" * 40 + " b").count(" ")
    4
    """
    # a run has no whitespace, so it lies inside one whitespace-separated word: a word
    # of 64+ characters is rare, and looking for one is far cheaper than the regex scan
    if len(text) < 64 or max(map(len, text.split()), default=0) < 64 or not _SYMBOL_RUN.search(text):
        return text
    return _SYMBOL_RUN.sub(lambda m: " ".join(m.group(0)[i:i + 32] for i in range(0, len(m.group(0)), 32)), text)


#: "models(LLMs)": an acronym in parentheses glued to the word before it; spaCy's tokenizer
#: keeps "models(LLMs" as one token, which hid the pair and made aliases such as
#: "Large language models(LLMs". Not after a one-letter word: "O(NlogN)" is notation.
#: (the pattern starts with the literal bracket, which the regex engine finds fast; the
#: acronym is at most 15 characters, so a hostile run of capitals cannot make it backtrack)
_GLUED_ACRONYM = re.compile(r"\((?=[A-Z][A-Za-z0-9\-]{1,14}\))(?<=[A-Za-z]{2}\()")


def _spaced(m: re.Match) -> str:
    end = m.string.index(")", m.end())
    caps = sum(1 for c in m.string[m.end():end] if c.isupper())
    return " (" if caps >= 2 else "("


def _unglue_acronyms(text: str) -> str:
    """A space before "(ACRONYM)" (two capitals or more) glued to a word.

    >>> _unglue_acronyms("large language models(LLMs) in O(NlogN) time, but train(Adam)")
    'large language models (LLMs) in O(NlogN) time, but train(Adam)'
    """
    return _GLUED_ACRONYM.sub(_spaced, text) if "(" in text else text


class RecordError(ValueError):
    """Why a record cannot become a paper (the caller skips it or fails)."""


def clean_title(value: str) -> str:
    """Collapse every run of whitespace (newlines included) into one space.

    LaTeX accents and prose markup become the text they print (:mod:`kg.ingest.latex`).

    Examples
    --------
    >>> clean_title("  Attention Is\\n  All You   Need ")
    'Attention Is All You Need'
    """
    if value.isprintable() and "\\" not in value and "~" not in value and "(" not in value:
        # most titles and every author name (~500k at 75k papers): no invalid character (they
        # are not printable), no LaTeX (it needs a backslash or a tilde), no "(ACRONYM)" to unglue
        return " ".join(_break_symbol_runs(value).split())
    return " ".join(_break_symbol_runs(_unglue_acronyms(latex_to_text(_valid(value)))).split())


def clean_abstract(value: str) -> str:
    """Strip the ends and turn each line break (with its indentation) into one space.

    Other spacing is kept as given; LaTeX accents and prose markup become the text they print.

    Examples
    --------
    >>> clean_abstract("  We study X.\\r\\n  It works  well.\\n\\nCode: y. ")
    'We study X. It works  well. Code: y.'
    >>> clean_abstract(r"the Fr\\'echet distance")
    'the Fréchet distance'
    """
    text = _unglue_acronyms(latex_to_text(_valid(value))).strip()
    if _HAS_LINE_BREAK.search(text):
        text = _LINE_BREAKS.sub(" ", text)
    return _break_symbol_runs(text)


#: the word "and" between two names ("A and B", "A, B, and C"), as arXiv writes author lists
#: (the spaces before it must follow a non-space, so a long run of spaces is scanned once)
_AND = re.compile(r"(?:^|(?<=\S)\s+)and\s+")


def split_authors(value: object) -> list[str]:
    """Authors as a list of names, from a list or a ``;``/``,``/``and``-separated string.

    ``;`` wins over ``,`` when present, so "Last, First; Last2, First2" keeps
    each name whole; the word "and" separates names too, as in arXiv's author
    strings ("A. Author and B. Writer", "A, B, and C"). List items may be
    strings or dicts with a ``name`` (or ``given``/``family``) key; they are
    names already and are not split.

    Examples
    --------
    >>> split_authors("Ada Lovelace, Alan Turing")
    ['Ada Lovelace', 'Alan Turing']
    >>> split_authors("Lovelace, Ada; Turing, Alan")
    ['Lovelace, Ada', 'Turing, Alan']
    >>> split_authors("A. Author and B. Writer")
    ['A. Author', 'B. Writer']
    >>> split_authors("Ada Lovelace, Alan Turing, and Grace Hopper")
    ['Ada Lovelace', 'Alan Turing', 'Grace Hopper']
    >>> split_authors([" Ada  Lovelace ", {"name": "Alan Turing"}, ""])
    ['Ada Lovelace', 'Alan Turing']
    """
    if value is None:
        return []
    if isinstance(value, str):
        parts: list[object] = [
            name for part in value.split(";" if ";" in value else ",")
            for name in (_AND.split(part.strip()) if "and" in part else (part.strip(),))
        ]
    elif isinstance(value, (list, tuple)):
        parts = list(value)
    else:
        parts = [value]
    names = []
    for part in parts:
        if isinstance(part, Mapping):
            part = part.get("name") or " ".join(
                str(part[k]) for k in ("given", "family") if part.get(k)
            )
        if part is None or isinstance(part, (list, tuple, Mapping)):
            continue
        name = clean_title(str(part))
        if name:
            names.append(name)
    return names


#: "C. -P.": a hyphenated initial as arXiv's author parser spaces it
_SPACED_HYPHEN = re.compile(r"\.\s+-(?=\w)")


def parsed_authors(value: object) -> list[str] | None:
    """Names from the arXiv snapshot's ``authors_parsed``: ``[[last, first, suffix, ...], ...]``.

    Each becomes "first last suffix"; later items (affiliations) are left
    out. arXiv's parser writes hyphenated initials as "C. -P."; they are
    closed up to "C.-P." as the author wrote them. None when the value does
    not have this shape or holds no name, so the caller falls back to
    ``authors``.

    Examples
    --------
    >>> parsed_authors([["Balázs", "C.", ""], ["Yuan", "C. -P.", ""], ["King", "Martin Luther", "Jr"]])
    ['C. Balázs', 'C.-P. Yuan', 'Martin Luther King Jr']
    >>> parsed_authors("C. Balazs") is None
    True
    """
    if not isinstance(value, list) or not value:
        return None
    names = []
    for entry in value:
        if not isinstance(entry, list) or not entry or not all(isinstance(p, str) for p in entry[:3]):
            return None
        last, first, suffix = (entry + ["", ""])[:3]
        first = _SPACED_HYPHEN.sub(".-", first)
        name = " ".join(part for part in (first, last, suffix) if part.strip())
        if name:
            names.append(name)
    return names or None


def first_version_date(value: object) -> tuple[str | None, str | None]:
    """The day of the first version from the arXiv snapshot's ``versions`` list.

    ``[{"version": "v1", "created": "Mon, 2 Apr 2007 19:18:42 GMT"}, ...]``
    gives ``("2007-04-02", "day")``: the entry named ``v1``, else the first
    one. ``(None, None)`` when there is none or its date cannot be read.

    Examples
    --------
    >>> first_version_date([{"version": "v2", "created": "Tue, 24 Jul 2007 20:10:27 GMT"},
    ...                     {"version": "v1", "created": "Mon, 2 Apr 2007 19:18:42 GMT"}])
    ('2007-04-02', 'day')
    >>> first_version_date("v1")
    (None, None)
    """
    if not isinstance(value, list):
        return None, None
    versions = [v for v in value if isinstance(v, Mapping)]
    first = next((v for v in versions if v.get("version") == "v1"), versions[0] if versions else None)
    return (None, None) if first is None else parse_date(first.get("created"))


def _pick(fields: Mapping[str, object], field: str) -> tuple[str | None, object]:
    """The first alias of ``field`` present with a non-blank value: (key, value)."""
    for key in FIELDS[field]:
        value = fields.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        return key, value
    return None, None


def _text(key: str | None, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise RecordError(f"field '{key}' must be text, got {type(value).__name__}")


def record_to_paper(record: Mapping[str, object], *, source: str | None = None) -> tuple[Paper, list[str]]:
    """Build a :class:`~kg.model.Paper` from a record's fields.

    Parameters
    ----------
    record
        Field names are matched case-insensitively against :data:`FIELDS`;
        other fields are ignored.
    source
        ``"file:line"``, stored on the paper for provenance.

    Returns
    -------
    tuple
        ``(paper, notes)``: notes are non-fatal problems worth a warning (an
        unreadable date, which is then treated as unknown).

    Raises
    ------
    RecordError
        If the record has neither a title nor an abstract, or a text field
        holds a list or an object.

    Examples
    --------
    >>> paper, notes = record_to_paper({"id": "arXiv:2503.11677v2", "title": " A\\nB ",
    ...                                 "summary": "Text.", "authors": "X; Y"})
    >>> paper.id, paper.title, paper.abstract, paper.date, paper.authors, paper.url
    ('arXiv:2503.11677', 'A B', 'Text.', '2025-03', ['X', 'Y'], 'https://arxiv.org/abs/2503.11677')
    >>> record_to_paper({"title": "T", "abstract": "A", "date": "2025-13-45"})[1]
    ["unreadable date '2025-13-45' (treated as unknown)"]
    """
    if not isinstance(record, Mapping):
        raise RecordError(f"expected an object with fields, got {type(record).__name__}")
    fields = {str(k).strip().lower(): v for k, v in record.items()}

    title = clean_title(_text(*_pick(fields, "title")))
    abstract = clean_abstract(_text(*_pick(fields, "abstract")))
    if not title and not abstract:
        raise RecordError("record has no title and no abstract")

    url_key, url_value = _pick(fields, "url")
    url = " ".join(_valid(_text(url_key, url_value)).split()) or None  # as written: no LaTeX to decode

    raw_id = _pick(fields, "id")[1]
    # control characters become spaces first, so an id of only those is no id ("\x1b" was " ")
    paper_id = canonical_id(_valid(raw_id) if isinstance(raw_id, str) else raw_id)
    if paper_id is None and url:
        paper_id = normalize_arxiv_id(url)
    if paper_id is None:
        paper_id = content_id(title, abstract)
    if url is None:
        url = arxiv_url(paper_id)

    notes = []
    date_key, date_value = _pick(fields, "date")
    if date_key is None:
        date, precision = first_version_date(fields.get("versions"))
        if date is None:
            date, precision = arxiv_date(paper_id)
    else:
        date, precision = parse_date(date_value)
        if date is None:
            shown = str(date_value)
            shown = shown if len(shown) <= 40 else shown[:37] + "..."
            notes.append(f"unreadable date {shown!r} (treated as unknown)")

    return (
        Paper(
            id=paper_id,
            title=title,
            abstract=abstract,
            date=date,
            date_precision=precision,
            authors=split_authors(parsed_authors(fields.get("authors_parsed")) or _pick(fields, "authors")[1]),
            url=url,
            source=source,
        ),
        notes,
    )
