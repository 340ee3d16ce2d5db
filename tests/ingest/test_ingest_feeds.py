"""Atom and RSS feeds: the arXiv API and RSS shapes, journal feeds, bad and hostile XML.

The two fixtures are invented entries in the shape of real answers: arxiv-api.atom
(export.arxiv.org/api/query) and arxiv-rss.xml (rss.arxiv.org/rss/cs.CL).
"""

from __future__ import annotations

import io
import time
import tracemalloc
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.ingest import IngestStats, read_papers
from kg.ingest.context import Context
from kg.ingest.feeds import read_feed


def read(path, **kwargs):
    stats = IngestStats()
    return list(read_papers(path, stats=stats, **kwargs)), stats


def rss(*items: str, head: str = "") -> str:
    return f"{head}<rss version=\"2.0\"><channel><title>A feed</title>\n" + "".join(items) + "</channel></rss>\n"


def item(title: str = "", abstract: str = "", extra: str = "") -> str:
    parts = [f"<title>{title}</title>" if title else "", f"<description>{abstract}</description>" if abstract else ""]
    return "<item>" + "".join(parts) + extra + "</item>\n"


def test_arxiv_api_atom(fixtures):
    papers, stats = read(fixtures / "arxiv-api.atom")
    assert [p.id for p in papers] == ["arXiv:2501.01234", "arXiv:2501.01300", "arXiv:cs/0112017"]
    first, second, third = papers
    assert first.title == "Sparse Adapters for Low-Resource Machine Translation"  # line break collapsed
    assert first.abstract.startswith("We fine-tune mBART with LoRA adapters on FLORES-200 and report BLEU gains")
    assert first.abstract.endswith("low-resource pairs.")
    # <published> (the first version), not <updated>; day precision
    assert (first.date, first.date_precision) == ("2025-01-02", "day")
    assert first.authors == ["Ada Lovelace", "Alan M. Turing"]  # <author><name>, not the affiliation
    assert first.url == "https://arxiv.org/abs/2501.01234"  # the abs page, not the pdf, without version
    assert (second.title, third.authors) == ("Café: Grounded Dialogue Evaluation", ["Kurt Gödel"])
    assert third.abstract.startswith("Part-of-speech tagging with hidden Markov models on the Penn Treebank <WSJ>")
    assert third.date == "2001-12-20" and third.url == "https://arxiv.org/abs/cs/0112017"
    assert [p.source.rsplit(":", 1)[1] for p in papers] == ["11", "33", "46"]  # the <entry> lines
    assert stats == IngestStats(files=1, records=3)


def test_arxiv_rss(fixtures):
    papers, stats = read(fixtures / "arxiv-rss.xml")
    assert [p.id for p in papers] == ["arXiv:2501.01234", "arXiv:2501.01400", "arXiv:2311.09999"]
    first, second, third = papers
    # the "arXiv:... Announce Type: new Abstract:" prefix is gone
    assert first.abstract.startswith("We fine-tune mBART")
    assert second.abstract.startswith("Retrieval-augmented generation")
    assert third.abstract.startswith("We compare byte-pair encoding")
    # <pubDate> is the announcement day; a replacement is dated by the month in its id
    assert [(p.date, p.date_precision) for p in papers] == [
        ("2025-01-03", "day"), ("2025-01-03", "day"), ("2023-11", "month")]
    assert first.authors == ["Ada Lovelace", "Alan M. Turing"]
    assert second.authors == ["Grace Hopper", "Kurt Gödel", "Emmy Noether"]  # "..., and" + LaTeX accent
    assert first.url == "https://arxiv.org/abs/2501.01234"
    assert [p.source.rsplit(":", 1)[1] for p in papers] == ["18", "30", "43"]  # the <item> lines
    assert stats == IngestStats(files=1, records=3)


@pytest.mark.parametrize("name", ["arxiv-api.atom", "arxiv-rss.xml"])
def test_gzip_gives_the_same_papers(fixtures, write, name):
    plain, _ = read(fixtures / name)
    packed, _ = read(write(name + ".gz", (fixtures / name).read_bytes()))
    assert [p.to_dict() | {"source": None} for p in packed] == [p.to_dict() | {"source": None} for p in plain]


def test_duplicate_ids_across_an_atom_and_an_rss_file(fixtures):
    papers, stats = read([fixtures / "arxiv-api.atom", fixtures / "arxiv-rss.xml"])
    assert [p.id for p in papers] == ["arXiv:2501.01234", "arXiv:2501.01300", "arXiv:cs/0112017",
                                      "arXiv:2501.01400", "arXiv:2311.09999"]
    assert papers[0].date == "2025-01-02"  # the first one (the API's) is kept
    assert stats.duplicates == 1
    assert stats.warnings == [f"{fixtures / 'arxiv-rss.xml'}:18: duplicate id 'arXiv:2501.01234' skipped "
                              "(the first one is kept)"]


def test_entry_without_title_and_abstract_is_a_bad_record(write):
    path = write("x.rss", rss(item("One", "First."),
                              item(extra="<link>https://example.org/empty</link>"),  # line 3
                              item("Title only"),
                              item(abstract="Abstract only.")))
    papers, stats = read(path)
    assert [(p.title, p.abstract) for p in papers] == [("One", "First."), ("Title only", ""), ("", "Abstract only.")]
    assert stats.skipped == 1
    assert stats.warnings == [f"{path}:3: record has no title and no abstract"]
    with pytest.raises(InputError) as err:
        read(path, on_error="fail")
    assert str(err.value) == f"{path}:3: record has no title and no abstract"


def test_arxiv_api_error_entry(write):
    path = write("error.atom", '<feed xmlns="http://www.w3.org/2005/Atom">\n<entry>'
                               "<id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.12345</id>"
                               "<title>Error</title><summary>incorrect id format for 1234.12345</summary>"
                               "</entry>\n</feed>")
    stats = IngestStats()
    with pytest.raises(InputError, match="no papers found in the input"):
        list(read_papers(path, stats=stats))
    assert stats.warnings[0] == f"{path}:2: arXiv API error: incorrect id format for 1234.12345"


@pytest.mark.parametrize(
    ("content", "line", "why"),
    [
        (rss(item("A", "a."), item("B", "b."), "<item><title>C</titel></item>\n"), 4,
         "malformed XML: mismatched tag (column 17)"),
        (rss(item("A", "a."), item("B", "b.")).replace("</channel></rss>\n", ""), 4,  # cut short
         "malformed XML: no element found (column 1)"),
        (rss(item("A", "a."), item("B", "b."), item("C &nbsp; D")), 4,
         "malformed XML: undefined entity (column 16)"),
        (rss(item("A", "a."), item("B", "b."), item("C < D")), 4, "malformed XML: not well-formed (invalid token)"),
        (rss(item("A", "a."), item("B", "b.")) + "<rss/>", 5, "malformed XML: junk after document element"),
    ],
)
def test_malformed_xml_stops_the_file_after_the_entries_before_it(write, content, line, why):
    """Like a malformed JSON document: what was read is kept, the rest cannot be located."""
    path = write("bad.rss", content)
    stats = IngestStats()
    papers = []
    with pytest.raises(InputError) as err:
        for paper in read_papers(path, stats=stats, on_error="skip"):
            papers.append(paper)
    assert [p.title for p in papers] == ["A", "B"]
    assert (err.value.path, err.value.line) == (str(path), line)
    assert err.value.message.startswith(why)


def test_not_xml_at_all(write):
    path = write("notes.xml", "just some text\n")
    with pytest.raises(InputError) as err:
        read(path)
    assert str(err.value) == f"{path}:1: malformed XML: syntax error (column 1)"


def test_empty_and_entry_less_feeds_warn(write):
    empty, blank = write("e.xml", ""), write("b.rss", "\n  \n")
    channel = write("c.rss", rss())
    good = write("g.rss", rss(item("T", "A.")))
    papers, stats = read([empty, blank, channel, good])
    assert [p.title for p in papers] == ["T"]
    assert stats.warnings == [f"{empty}: empty file", f"{blank}: empty file", f"{channel}: no papers found in this file"]


BILLION_LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE rss [\n <!ENTITY lol "lol">\n'
                  + "".join(f' <!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">\n'
                            for i in range(1, 10)).replace("&lol0;", "&lol;")
                  + "]>\n" + rss(item("&lol9;", "Boom.")))
QUADRATIC = ('<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "' + "x" * 50_000 + '">]>\n'
             + rss(item("T", "&a;" * 50_000)))


@pytest.mark.parametrize(
    ("content", "line"),
    [
        (BILLION_LAUGHS, 3),
        (QUADRATIC, 2),
        ('<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY passwd SYSTEM "file:///etc/passwd">]>\n'
         + rss(item("&passwd;", "Leak.")), 3),
        ('<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY % ext SYSTEM "file:///etc/passwd"> %ext;]>\n'
         + rss(item("T", "Leak.")), 3),
        ('<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY remote SYSTEM "http://127.0.0.1:9/x.dtd">]>\n'
         + rss(item("&remote;", "Fetch.")), 3),
    ],
    ids=["billion-laughs", "quadratic-blowup", "external-file", "external-parameter-entity", "external-url"],
)
def test_entity_declarations_are_refused(write, content, line):
    """No expansion, no file read, no fetch: the file stops at the declaration, fast and small."""
    path = write("hostile.xml", content)
    tracemalloc.start()
    start = time.perf_counter()
    try:
        with pytest.raises(InputError) as err:
            read(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - start < 2
    assert peak < 20 * 2**20
    assert (err.value.path, err.value.line) == (str(path), line)
    assert err.value.message.startswith("XML entity declarations are not read")


def test_an_external_dtd_is_not_fetched(write):
    """A DOCTYPE naming an external DTD (old RSS 0.91 files) is fine; the DTD is never read."""
    path = write("old.rss", '<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "file:///etc/passwd">\n'
                            + rss(item("Caf&eacute; T", "Plain.")))
    (paper,), stats = read(path)
    assert paper.title == "Caf T" and "root" not in paper.title  # the undefined entity is dropped
    assert stats.warnings == []


def test_deep_nesting_inside_an_entry_keeps_the_text(write):
    depth = 100_000
    path = write("deep.rss", rss(item("T", "<b>" * depth + "deep text" + "</b>" * depth)))
    (paper,), _ = read(path)
    assert paper.abstract == "deep text"


@pytest.mark.parametrize(
    ("data", "title", "warnings"),
    [
        (('<?xml version="1.0" encoding="ISO-8859-1"?>\n' + rss(item("Caf\xe9 \xfcber"))).encode("latin-1"),
         "Café über", []),
        (('<?xml version="1.0" encoding="windows-1252"?>\n' + rss(item("\u201cQuoted\u201d"))).encode("cp1252"),
         "\u201cQuoted\u201d", []),
        (('<?xml version="1.0" encoding="Shift_JIS"?>\n' + rss(item("\u65e5\u672c\u8a9e"))).encode("shift_jis"),
         "日本語", []),
        (('<?xml version="1.0" encoding="UTF-16"?>\n' + rss(item("\u00dcber \u4e2d"))).encode("utf-16"),
         "Über 中", []),
        (b"\xef\xbb\xbf" + rss(item("BOM")).encode(), "BOM", []),
        (rss(item("Caf\xe9")).encode("latin-1"), "Caf\ufffd",  # no declaration: UTF-8, bytes replaced
         ["{path}:2: invalid UTF-8 bytes replaced by U+FFFD (first occurrence in this file)"]),
    ],
    ids=["latin-1", "windows-1252", "shift-jis", "utf-16", "utf-8-bom", "invalid-utf-8"],
)
def test_encodings(write, data, title, warnings):
    path = write("enc.rss", data)
    (paper,), stats = read(path)
    assert paper.title == title
    assert stats.warnings == [w.format(path=path) for w in warnings]


def test_unknown_declared_encoding(write):
    path = write("enc.rss", '<?xml version="1.0" encoding="x-klingon"?>\n' + rss(item("T")))
    with pytest.raises(InputError) as err:
        read(path)
    assert str(err.value) == f"{path}:1: unknown encoding 'x-klingon' in the XML declaration"


def test_journal_rss_with_html_and_generic_fields(write):
    path = write("journal.rss", rss(
        "<item><title>A &lt;i&gt;new&lt;/i&gt; alloy</title>"
        "<link>https://journal.example.org/articles/a1</link>"
        "<guid>https://doi.org/10.1234/a1</guid>"
        "<description><![CDATA[<p>Published online: 3 January 2025</p>"
        "<p>We show that H<sub>2</sub>O &amp; CO<sub>2</sub> mix, and a &lt; b.</p>]]></description>"
        "<author>editor@journal.example.org (Jane Editor)</author>"
        "<pubDate>Fri, 03 Jan 2025 10:00:00 GMT</pubDate></item>\n",
        head='<?xml version="1.0"?>\n'))
    (paper,), _ = read(path)
    assert paper.id == "https://doi.org/10.1234/a1"
    assert paper.title == "A new alloy"
    assert paper.abstract == "Published online: 3 January 2025 We show that H2O & CO2 mix, and a < b."
    assert (paper.date, paper.authors) == ("2025-01-03", ["Jane Editor"])
    assert paper.url == "https://journal.example.org/articles/a1"


def test_hostile_author_fields_take_linear_time(write):
    path = write("x.rss", rss(item("T", "A.", "<author>" + "a@" * 100_000 + "</author>"
                                             "<author>x@y (" + "(" * 100_000 + ")</author>")))
    start = time.perf_counter()
    (paper,), _ = read(path)
    assert time.perf_counter() - start < 1
    assert [a.replace(" ", "") for a in paper.authors] == ["(" * 100_000]  # symbol runs get spaces


def test_plain_text_with_angle_brackets_is_not_html(write):
    """arXiv's descriptions are plain text: "a &lt; b" is kept, nothing is stripped."""
    path = write("x.rss", rss(item("T", "For p &lt; 0.05 and x &gt; y &amp; z, see &lt;https://x.org&gt;.")))
    (paper,), _ = read(path)
    assert paper.abstract == "For p < 0.05 and x > y & z, see <https://x.org>."


def test_rss_1_0_and_atom_without_namespace(write):
    rdf = write("rdf.xml",
                '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
                ' xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
                '<channel rdf:about="https://j.example.org/"><title>J</title></channel>\n'
                '<item rdf:about="https://j.example.org/a"><title>Paper A</title>'
                "<link>https://j.example.org/a</link><description>Abstract A.</description>"
                "<dc:creator>Lovelace, Ada</dc:creator><dc:creator>Turing, Alan</dc:creator>"
                "<dc:date>2025-01-02</dc:date><dc:identifier>doi:10.1234/a</dc:identifier></item>\n"
                "</rdf:RDF>\n")
    (paper,), _ = read(rdf)
    assert (paper.id, paper.title, paper.abstract) == ("doi:10.1234/a", "Paper A", "Abstract A.")
    assert paper.authors == ["Lovelace, Ada", "Turing, Alan"]  # one element per name: not split
    assert (paper.date, paper.source.rsplit(":", 1)[1]) == ("2025-01-02", "4")
    atom = write("plain.atom", "<feed><entry><id>tag:example.org,2025:1</id><title type='html'>A &lt;b&gt;bold&lt;/b&gt;"
                               " title</title><content type='xhtml'><div><p>Some <em>xhtml</em> text.</p><p>H<sub>2</sub>O"
                               "</p></div></content>"
                               "<updated>2025-02-03T04:05:06+01:00</updated>"
                               "<link rel='enclosure' href='https://example.org/a.pdf'/>"
                               "<link href='https://example.org/a'/></entry></feed>")
    (paper,), _ = read(atom)
    assert (paper.id, paper.title, paper.abstract) == ("tag:example.org,2025:1", "A bold title",
                                                     "Some xhtml text. H2O")
    assert (paper.date, paper.url) == ("2025-02-03", "https://example.org/a")


@pytest.mark.parametrize(
    ("content", "fmt_titles"),
    [
        ('<?xml version="1.0"?>\n<!-- saved from the API -->\n' + rss(item("Sniffed", "A.")), ["Sniffed"]),
        ("\n\n" + rss(item("No declaration", "A.")), ["No declaration"]),
        ('<?xml version="1.0"?><!DOCTYPE feed>\n<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Atom</title>'
         "</entry></feed>", ["Atom"]),
    ],
)
def test_txt_sniffs_feeds(write, content, fmt_titles):
    for name in ("feed.txt", "feed.txt.gz"):
        assert [p.title for p in read(write(name, content))[0]] == fmt_titles


def test_html_saved_as_txt_is_still_a_listing_page(write):
    from kg.ingest.sources import sniff_text

    path = write("page.txt", "<!DOCTYPE html>\n<html><body><p>Saved page</p></body></html>\n")
    assert sniff_text(str(path), False) == "listing"


@pytest.mark.parametrize("head", ["<!DOCTYPE" + " " * 60_000, "<!DOCTYPE [" + "] " * 30_000, "<?" * 30_000,
                                  "<!--" + "-" * 60_000])
def test_sniffing_hostile_text_takes_linear_time(write, head):
    from kg.ingest.sources import sniff_text

    path = write("hostile.txt", head)
    start = time.perf_counter()
    assert sniff_text(str(path), False) == "listing"
    assert time.perf_counter() - start < 0.5


FEED_FUZZ = settings(max_examples=40, deadline=None, database=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])
# XML 1.0 text without "<" (a tag in the text makes it HTML) and without "\r" (XML turns it into "\n")
xml_text = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="<\ufffe\uffff")
                   | st.sampled_from("\n\t &'\""), max_size=60)


@FEED_FUZZ
@given(entries=st.lists(st.tuples(xml_text, xml_text, st.integers(0, 3)), max_size=6),
       chunk=st.integers(1, 64), atom=st.booleans())
def test_entries_and_lines_at_any_chunk_size(monkeypatch, entries, chunk, atom):
    """Chunk edges fall anywhere (inside tags, names, text, multi-byte characters)."""
    import kg.ingest.feeds as feeds
    import kg.ingest.sources as sources

    record, abstract = ("entry", "summary") if atom else ("item", "description")
    lines, expected, line = [f"<{'feed' if atom else 'rss'}>"], [], 2
    for title, text, blank_lines in entries:
        lines += [""] * blank_lines
        line += blank_lines
        body = f"<{record}><title>{escape(title)}</title><{abstract}>{escape(text)}</{abstract}></{record}>"
        lines.append(body)
        expected.append((line, title, text))
        line += 1 + title.count("\n") + text.count("\n")
    lines.append(f"</{'feed' if atom else 'rss'}>")
    monkeypatch.setattr(feeds, "_CHUNK", chunk)
    monkeypatch.setattr(sources, "_CHUNK", chunk)
    got = list(read_feed(io.BytesIO("\n".join(lines).encode("utf-8")), Context(IngestStats())))
    blank_is_absent = [(n, t if t.strip() else "", a if a.strip() else "") for n, t, a in expected]
    assert [(n, r.get("title", ""), r.get("abstract", "")) for n, r in got] == blank_is_absent
