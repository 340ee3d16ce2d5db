"""Atom and RSS feeds saved to disk -> ``(line, record)`` pairs.

This is how researchers get daily updates: the arXiv API answers in Atom 1.0
(``export.arxiv.org/api/query?search_query=cat:cs.CL``), arXiv's own feed is
RSS 2.0 (``rss.arxiv.org/rss/cs.CL``), and journals publish RSS or Atom too.
Each ``<entry>`` (Atom) or ``<item>`` (RSS 2.0 and 1.0) is one record; its line
is the line where that element starts.

Fields are the direct children of the entry, matched by local name whatever
their namespace (``dc:creator``, ``content:encoded``, Atom with or without its
namespace), so one reader serves every dialect without spelling namespace URIs:

======== ==================================================================
field    child elements, in order of preference
======== ==================================================================
id       ``id`` (Atom), ``guid`` (RSS), ``identifier`` (Dublin Core)
title    ``title``
abstract ``abstract``, ``summary``, ``description``, ``content``, ``encoded``
date     ``published``, ``pubDate``, ``date``, ``issued``, ``created``, ``updated``
url      ``link``: an Atom ``href`` with ``rel="alternate"`` (or no rel), or RSS text
authors  Atom ``author/name``; else ``dc:creator`` (one string of names or one
         element per name); else RSS ``author`` ("mail@x.org (Name)" gives "Name")
======== ==================================================================

arXiv specifics: the RSS description's ``"arXiv:2501.01234v1 Announce Type:
new Abstract:"`` prefix is dropped; an RSS item announced as a *replacement*
(``arxiv:announce_type`` ``replace`` or ``replace-cross``) keeps no date, so
the paper is dated by the month in its id rather than by the day a later
version came out; a link to the arXiv page of the entry's own id (the API's is
``http`` and versioned) is left out, so the paper gets the same
``https://arxiv.org/abs/<id>`` from either feed; an arXiv API error entry (its
id under ``/api/errors``) is a bad record carrying the API's message.

Escaped HTML in a title or description (common in journal feeds) is turned
into text when the element says ``type="html"`` or the text holds common HTML
tags; plain text with a ``<`` in it ("p < 0.05") is left alone.

Streaming and safety
--------------------
The file is fed to the stdlib expat parser (:mod:`xml.parsers.expat`) in
64 KB chunks; only the entry being read is kept, as a small ElementTree
element (at most three levels deep: entry, field, part of a field; the text
of anything deeper is kept, its tags are not). expat is driven directly,
rather than through ``ElementTree.iterparse``, because it tells the line an
element starts on (``CurrentLineNumber``), which the C ElementTree parser
hides.

The stdlib is safe here without ``defusedxml``, for these reasons:

- **External entities are never fetched.** pyexpat has no resolver: it loads
  neither an external DTD nor an external entity unless a handler is installed
  for it, and kg installs none.
- **Entity declarations are refused.** An ``<!ENTITY`` in the document stops the
  file with an InputError, before any expansion. This is what ``defusedxml``
  does by default (``forbid_entities``), done with the same expat hook
  (``EntityDeclHandler``). It rules out "billion laughs" and quadratic-blowup
  documents whatever the expat version. Feeds never need to declare entities.
  A DOCTYPE without entities (old RSS 0.91 files) is fine.
- **expat >= 2.4 limits amplification** by itself (Python 3.11 ships 2.5), a
  second line of defence.

Encodings: the file is decoded like every other format (UTF-8 with invalid
bytes replaced and one warning, UTF-16 with a BOM), unless its XML declaration
names another encoding (``ISO-8859-1``, ``windows-1252``, ``Shift_JIS``): then
it is decoded in that one, as XML says it should be.

Errors: an entry with no title and no abstract is a bad record (skipped or
fatal by ``on_error``). Malformed XML stops the file with an InputError naming
the line and column, like a malformed JSON document: the entries before it
have been read already and are kept (``on_error="skip"``), the rest of the
file cannot be located.
"""

from __future__ import annotations

import codecs
import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import BinaryIO
from xml.parsers import expat

from kg.ingest.context import Context
from kg.ingest.ids import normalize_arxiv_id
from kg.ingest.records import RecordError
from kg.ingest.sources import text_chunks

__all__ = ["read_feed", "entry_to_record", "FEED_FIELDS", "RECORD_TAGS"]

Records = Iterator[tuple[int, dict[str, object]]]

#: local names (lower case) of the elements that hold one paper
RECORD_TAGS = ("entry", "item")

#: record field -> local names (lower case) of an entry's children, in order of preference
FEED_FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "guid", "identifier"),
    "title": ("title",),
    "abstract": ("abstract", "summary", "description", "content", "encoded"),
    "date": ("published", "pubdate", "date", "issued", "created", "updated"),
    "url": ("link",),
}

_CHUNK = 1 << 16
#: the entry, its fields and their parts (an Atom author's name) are kept as elements
_KEEP_DEPTH = 3
#: bytes looked at for an XML declaration naming the encoding
_HEAD = 1024
_DECLARED_ENCODING = re.compile(rb"(?:\xef\xbb\xbf)?<\?xml[^>]*?\sencoding\s*=\s*[\"']([A-Za-z][\w.:-]*)[\"']")
#: encodings the common text decoding handles (text_chunks); others are decoded with their codec
_UNICODE = {"utf-8", "utf-8-sig", "ascii", "utf-16", "utf-16-le", "utf-16-be"}

#: "arXiv:2501.01234v1 Announce Type: new \nAbstract: " before an arXiv RSS abstract
_ARXIV_ANNOUNCE = re.compile(r"\s*arXiv:\S+\s+Announce Type:\s*[\w-]+\s+Abstract:\s*", re.IGNORECASE)
#: arXiv RSS announcements of a new version of an older paper: their date is not the paper's
_REPLACED = {"replace", "replace-cross"}
#: where the arXiv API puts the id of an error entry
_API_ERROR = "arxiv.org/api/errors"

#: common HTML tags (and JATS ones from publishers): a description holding one is HTML source
_HTML_TAG = re.compile(
    r"</?(?P<name>p|br|div|span|em|strong|i|b|u|sub|sup|a|ul|ol|li|h[1-6]|img|hr|blockquote|jats:[\w-]+)"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
#: tags inside a word or sentence ("<i>x</i>"): dropped without a space; other tags end a block
_INLINE_TAGS = {"em", "strong", "i", "b", "u", "sub", "sup", "a", "span",
                "jats:italic", "jats:bold", "jats:sub", "jats:sup"}


class _EntityDeclared(Exception):
    """An ``<!ENTITY`` declaration, refused (see the module docstring)."""

    def __init__(self, line: int):
        super().__init__(line)
        self.line = line


def _local(name: str) -> str:
    """``"{uri}title"`` or ``"uri}title"`` (expat) or ``"title"`` -> ``"title"``."""
    return name.rpartition("}")[2]


def _clark(name: str) -> str:
    """expat's ``"uri}local"`` -> ElementTree's ``"{uri}local"``."""
    return "{" + name if "}" in name else name


class _Entries:
    """expat callbacks that build one entry at a time and queue it with its first line.

    Everything outside an entry (the channel's own title, links, images) is ignored.
    Inside a field, an element that is not inline (an XHTML ``<p>``) is a word
    break: a space goes before and after it, so paragraphs do not run together.
    """

    def __init__(self, parser: expat.XMLParserType):
        self._parser = parser
        self._builder: ET.TreeBuilder | None = None
        self._depth = 0  # inside the current entry; the entry itself is 1
        self._line = 0
        self.done: list[tuple[int, ET.Element]] = []

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if self._builder is None:
            if _local(name).lower() not in RECORD_TAGS:
                return
            self._builder = ET.TreeBuilder()
            self._line = self._parser.CurrentLineNumber
        self._depth += 1
        if self._breaks_words(name):
            self._builder.data(" ")
        if self._depth <= _KEEP_DEPTH:
            self._builder.start(_clark(name), {_clark(k): v for k, v in attrs.items()})

    def end(self, name: str) -> None:
        if self._builder is None:
            return
        if self._depth <= _KEEP_DEPTH:
            self._builder.end(_clark(name))
        if self._breaks_words(name):
            self._builder.data(" ")
        self._depth -= 1
        if self._depth == 0:
            self.done.append((self._line, self._builder.close()))
            self._builder = None

    def data(self, text: str) -> None:
        if self._builder is not None:
            self._builder.data(text)

    def _breaks_words(self, name: str) -> bool:
        return self._depth > 2 and _local(name).lower() not in _INLINE_TAGS


def _refuse_entity(parser: expat.XMLParserType):
    def handler(*_args) -> None:
        raise _EntityDeclared(parser.CurrentLineNumber)

    return handler


def _declared_encoding(fh: BinaryIO, ctx: Context) -> str | None:
    """The encoding an XML declaration at the start of the file names, if it is not Unicode."""
    head = fh.peek(_HEAD)[:_HEAD] if hasattr(fh, "peek") else b""
    m = _DECLARED_ENCODING.match(head)
    if not m:
        return None
    name = m[1].decode("ascii")
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        raise ctx.fatal(f"unknown encoding {name!r} in the XML declaration", 1) from None
    return None if canonical in _UNICODE else name


def _chunks(fh: BinaryIO, ctx: Context) -> Iterator[str]:
    """Decoded text chunks: as every reader decodes them, or in the legacy encoding the declaration names.

    expat gets text either way (and then ignores the declaration): pyexpat cannot
    decode multi-byte legacy encodings such as Shift JIS itself.
    """
    encoding = _declared_encoding(fh, ctx)
    if encoding is None:
        yield from text_chunks(fh, ctx, _CHUNK)
        return
    decoder = codecs.getincrementaldecoder(encoding)("replace")
    while True:
        raw = fh.read(_CHUNK)
        text = decoder.decode(raw, final=not raw)
        if text:
            ctx.saw_text = ctx.saw_text or not text.isspace()
            yield text
        if not raw:
            return


def _parse(parser: expat.XMLParserType, chunk: str, final: bool) -> tuple[str, int] | None:
    """Feed one chunk; ``(problem, line)`` if the document stops being readable here."""
    try:
        parser.Parse(chunk, final)
    except expat.ExpatError as exc:
        return f"malformed XML: {expat.ErrorString(exc.code)} (column {exc.offset + 1})", exc.lineno
    except _EntityDeclared as exc:
        return ("XML entity declarations are not read (they can expand without bound "
                "or point at local files; feeds do not need them)"), exc.line
    return None


def read_feed(fh: BinaryIO, ctx: Context) -> Records:
    """Entries of an Atom or RSS document as ``(line of <entry>/<item>, record)`` pairs.

    The document is parsed incrementally; see the module docstring for the
    fields, the safety measures and the error policy.
    """
    parser = expat.ParserCreate(namespace_separator="}")
    entries = _Entries(parser)
    parser.StartElementHandler = entries.start
    parser.EndElementHandler = entries.end
    parser.CharacterDataHandler = entries.data
    parser.EntityDeclHandler = _refuse_entity(parser)
    parser.buffer_text = True
    chunks = _chunks(fh, ctx)
    while True:
        chunk = next(chunks, None)
        final = chunk is None
        if final and not ctx.saw_text:
            return  # empty or blank: the caller warns "empty file"
        problem = _parse(parser, "" if final else chunk, final)
        for line, entry in entries.done:
            try:
                record = entry_to_record(entry)
            except RecordError as exc:
                ctx.bad_record(str(exc), line)
                continue
            yield line, record
        entries.done.clear()
        if problem is not None:
            raise ctx.fatal(*problem)
        if final:
            return


# ---------------------------------------------------------------------------
# One entry -> one record
# ---------------------------------------------------------------------------


def _text(element: ET.Element) -> str:
    return "".join(element.itertext())


def _html_to_text(text: str) -> str:
    """HTML source -> its text: tags dropped, entities decoded, whitespace collapsed.

    >>> _html_to_text("<p>We study <i>x</i><sub>2</sub> &amp; y.</p><p>It works.</p>")
    'We study x2 & y. It works.'
    """
    text = _HTML_TAG.sub(lambda m: "" if m["name"].lower() in _INLINE_TAGS else " ", text)
    return " ".join(html.unescape(text).split())


def _content(element: ET.Element) -> str:
    """The text of a title or abstract element; HTML source becomes text."""
    text = _text(element)
    kind = element.get("type", "").lower()
    if kind in ("html", "text/html") or _HTML_TAG.search(text):
        return _html_to_text(text)
    if kind in ("xhtml", "application/xhtml+xml"):  # markup as elements: only the word-break spaces to tidy
        return " ".join(text.split())
    return text


def _link(element: ET.Element) -> str:
    if "href" in element.attrib:  # Atom: the page of the entry, not its PDF or a related link
        return element.get("href", "") if element.get("rel", "alternate") == "alternate" else ""
    return _text(element)


def _rss_author(text: str) -> str:
    """RSS ``<author>`` holds an e-mail address, with the name in brackets if at all.

    >>> [_rss_author(t) for t in ["ed@j.org (Jane Editor)", "ed@j.org", "Jane Editor"]]
    ['Jane Editor', '', 'Jane Editor']
    """
    text = text.strip()
    address, _, name = text.partition("(")
    is_address = "@" in address and len(address.split()) == 1
    if is_address and name.endswith(")"):
        return name[:-1].strip()
    return "" if is_address and not name else text


def _authors(children: dict[str, list[ET.Element]]) -> str | list[str]:
    """Atom ``<author><name>``s; else ``dc:creator``s; else RSS ``<author>`` addresses."""
    authors = children.get("author", [])
    atom = [_text(part) for a in authors for part in a if _local(part.tag).lower() == "name"]
    if atom:
        return atom
    creators = [_text(c) for c in children.get("creator", [])]
    creators = [c for c in creators if c.strip()]
    if len(creators) == 1:
        return creators[0]  # one string holding every name: split_authors splits it
    if creators:
        return creators  # one element per name: not split ("Lovelace, Ada")
    names = [_rss_author(_text(a)) for a in authors]
    return [name for name in names if name]


def _first(children: dict[str, list[ET.Element]], names: tuple[str, ...], read=_text) -> str | None:
    """The first non-blank value among the children called ``names``, in that order."""
    for name in names:
        for element in children.get(name, []):
            value = read(element)
            if value.strip():
                return value
    return None


def _without_announcement(abstract: str | None) -> str | None:
    """An arXiv RSS description without its "arXiv:ID Announce Type: X Abstract:" prefix."""
    m = _ARXIV_ANNOUNCE.match(abstract or "")
    return abstract[m.end():] if m else abstract


def entry_to_record(entry: ET.Element) -> dict[str, object]:
    """The fields of one ``<entry>`` or ``<item>`` as a record for :func:`~kg.ingest.records.record_to_paper`.

    Raises
    ------
    RecordError
        For an arXiv API error entry.

    Examples
    --------
    >>> item = ET.fromstring(
    ...     '<item><title>CORDIC Is All You Need</title>'
    ...     '<link>https://arxiv.org/abs/2503.11685</link>'
    ...     '<description>arXiv:2503.11685v1 Announce Type: new \\nAbstract: We present X.</description>'
    ...     '<guid isPermaLink="false">oai:arXiv.org:2503.11685v1</guid>'
    ...     '<pubDate>Wed, 19 Mar 2025 00:00:00 -0400</pubDate>'
    ...     '<dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">Omkar Kokane, Adam Teman</dc:creator>'
    ...     '</item>')
    >>> for key, value in entry_to_record(item).items():
    ...     print(f"{key}: {value!r}")
    id: 'oai:arXiv.org:2503.11685v1'
    title: 'CORDIC Is All You Need'
    abstract: 'We present X.'
    date: 'Wed, 19 Mar 2025 00:00:00 -0400'
    authors: 'Omkar Kokane, Adam Teman'

    The link is left out: it is the arXiv page of the id, which
    :func:`~kg.ingest.records.record_to_paper` derives in its canonical form.
    """
    children: dict[str, list[ET.Element]] = {}
    for child in entry:
        children.setdefault(_local(child.tag).lower(), []).append(child)
    replaced = (_first(children, ("announce_type",)) or "").strip().lower() in _REPLACED
    fields = {
        "id": _first(children, FEED_FIELDS["id"]),
        "title": _first(children, FEED_FIELDS["title"], _content),
        "abstract": _without_announcement(_first(children, FEED_FIELDS["abstract"], _content)),
        "date": None if replaced else _first(children, FEED_FIELDS["date"]),
        "url": _first(children, FEED_FIELDS["url"], _link),
        "authors": _authors(children) or None,
    }
    if fields["id"] is not None and _API_ERROR in fields["id"]:
        raise RecordError(f"arXiv API error: {' '.join((fields['abstract'] or '').split())}")
    paper_id = normalize_arxiv_id(fields["id"] or "")
    if paper_id is not None and normalize_arxiv_id(fields["url"] or "") == paper_id:
        fields["url"] = None  # the versioned http link of the API: the paper gets https://arxiv.org/abs/<id>
    return {key: value for key, value in fields.items() if value is not None}
