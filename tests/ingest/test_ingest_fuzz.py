"""Property tests: whatever the bytes, readers yield valid papers or raise InputError."""

from __future__ import annotations

import gzip
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.ingest import IngestStats, read_papers
from kg.ingest.dates import parse_date
from kg.ingest.records import RecordError, record_to_paper

FUZZ = settings(max_examples=25, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])

NAMES = ["x.txt", "x.jsonl", "x.ndjson", "x.json", "x.csv", "x.tsv", "x.jsonl.gz", "x.txt.gz", "x.xml", "x.rss.gz"]

lines = st.lists(st.text(max_size=120), max_size=12)
json_scalar = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
json_value = st.recursive(json_scalar, lambda inner: st.lists(inner, max_size=3)
                          | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8)
field_names = st.sampled_from(["id", "title", "abstract", "summary", "text", "date", "published",
                               "year", "authors", "url", "link", "Title", "other", "versions",
                               "authors_parsed"])
records = st.dictionaries(field_names, json_value, max_size=7)


def check(path, on_error):
    stats = IngestStats()
    try:
        for paper in read_papers(path, on_error=on_error, stats=stats):
            assert isinstance(paper.id, str) and paper.id.strip() == paper.id and paper.id
            assert paper.title or paper.abstract
            assert paper.title == " ".join(paper.title.split())
            (paper.title + paper.abstract + paper.id + "".join(paper.authors)).encode("utf-8")
            assert paper.date_precision in (None, "year", "month", "day")
            assert (paper.date is None) == (paper.date_precision is None)
    except InputError as exc:
        assert str(exc).startswith(str(path))
    assert stats.records + stats.skipped + stats.duplicates <= 10_000


def write(path, data: bytes):
    if path.name.endswith(".gz"):
        data = gzip.compress(data, mtime=0)
    path.write_bytes(data)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("on_error", ["skip", "fail"])
@FUZZ
@given(text=lines, newline=st.sampled_from(["\n", "\r\n"]))
def test_random_unicode_lines(folder, name, on_error, text, newline):
    path = folder / name
    write(path, newline.join(text).encode("utf-8"))
    check(path, on_error)


@pytest.mark.parametrize("name", NAMES)
@FUZZ
@given(data=st.binary(max_size=300))
def test_random_bytes(folder, name, data):
    path = folder / name
    write(path, data)
    check(path, "skip")


@pytest.mark.parametrize("name", ["x.jsonl", "x.json", "x.csv", "x.tsv"])
@FUZZ
@given(rows=st.lists(records, max_size=6))
def test_random_records(folder, name, rows):
    path = folder / name
    if name.endswith(".jsonl"):
        data = "\n".join(json.dumps(r) for r in rows)
    elif name.endswith(".json"):
        data = json.dumps({"papers": rows})
    else:
        import csv
        import io

        out = io.StringIO()
        header = sorted({k.lower() for r in rows for k in r} | {"title"})
        writer = csv.writer(out, delimiter="," if name.endswith(".csv") else "\t")
        writer.writerow(header)
        for r in rows:
            low = {k.lower(): v for k, v in r.items()}
            writer.writerow(["" if low.get(h) is None else str(low.get(h)) for h in header])
        data = out.getvalue()
    write(path, data.encode("utf-8"))
    check(path, "skip")


xml_pieces = st.sampled_from([
    "<rss>", "</rss>", "<feed xmlns='http://www.w3.org/2005/Atom'>", "</feed>", "<channel>", "<item>", "</item>",
    "<entry>", "</entry>", "<title>", "</title>", "<description>", "</description>", "<summary type='html'>",
    "</summary>", "<link href='https://arxiv.org/abs/2501.00001v1'/>", "<guid>oai:arXiv.org:2501.00001v2</guid>",
    "<pubDate>Fri, 03 Jan 2025 00:00:00 -0500</pubDate>", "<published>2025-13-45T00:00:00Z</published>",
    "<author><name>", "</name></author>", "<dc:creator>", "</dc:creator>", "&amp;", "&lt;p&gt;", "&#0;", "&#x1F600;",
    "<![CDATA[<p>x</p>", "]]>", "<?xml version='1.0'?>", "<?xml version='1.0' encoding='latin-1'?>",
    "<!DOCTYPE rss>", "<!ENTITY x 'y'>", "<!--", "-->", "arXiv:2501.00001v1 Announce Type: new Abstract: ",
    "\n", " ", "\u00e9", "\ufffe",
]) | st.text(max_size=20)


@pytest.mark.parametrize("name", ["x.xml", "x.atom.gz"])
@FUZZ
@given(pieces=st.lists(xml_pieces, max_size=40), encoding=st.sampled_from(["utf-8", "utf-16", "latin-1"]))
def test_random_xml_soup(folder, name, pieces, encoding):
    path = folder / name
    write(path, "".join(pieces).encode(encoding, "replace"))
    check(path, "skip")


@FUZZ
@given(record=records)
def test_record_to_paper_is_total(record):
    try:
        paper, notes = record_to_paper(record)
    except RecordError:
        return
    assert paper.id and (paper.title or paper.abstract)
    assert all(isinstance(note, str) for note in notes)


@settings(database=None)
@given(value=json_value | st.dates() | st.datetimes())
def test_parse_date_never_raises(value):
    iso, precision = parse_date(value)
    assert (iso is None) == (precision is None)
    if iso is not None:
        assert parse_date(iso) == (iso, precision)


@FUZZ
@given(doc=st.lists(json_value, max_size=8), chunk=st.integers(1, 16), indent=st.sampled_from([None, 1]),
       ascii_only=st.booleans(), wrap=st.booleans())
def test_json_stream_decodes_any_array_at_any_chunk_size(doc, chunk, indent, ascii_only, wrap):
    import io

    import kg.ingest.sources as sources
    from kg.ingest.context import Context
    from kg.ingest.formats import read_json

    text = json.dumps({"meta": doc, "data": doc} if wrap else doc, indent=indent, ensure_ascii=ascii_only)
    ctx = Context(IngestStats())
    saved, sources._CHUNK = sources._CHUNK, chunk
    try:
        got = [value for _, value in read_json(io.BytesIO(text.encode("utf-8", "surrogatepass")), ctx)]
    finally:
        sources._CHUNK = saved
    assert json.dumps(got) == json.dumps(doc)  # NaN-safe comparison


def test_cleanup_fast_paths_equal_the_plain_rules():
    """clean_abstract / clean_title skip their regex passes when a cheap test says they cannot
    apply; on random texts full of line breaks, controls and symbol runs they must still equal
    the plain rules (the paper text keys the extraction cache and every offset)."""
    import random
    import re

    from kg.ingest import records as R

    line_breaks = re.compile(r"[ \t]*[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]+[ \t]*")

    def valid(t):
        return R._CONTROL.sub(" ", R._SURROGATE.sub("\ufffd", t))

    def symbol_runs(t):
        return R._SYMBOL_RUN.sub(lambda m: " ".join(m.group(0)[i:i + 32] for i in range(0, len(m.group(0)), 32)), t)

    rng = random.Random(5)
    alphabet = list(" \t\n\r\x0b\x0c\x1c\x85\u2028ab1!?.,;:-_()\x00\x01\ud800\ufffe\u00a0\u3000é")
    for _ in range(20000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
        if rng.random() < 0.3:
            t += "!?" * rng.randint(20, 60) + rng.choice(alphabet) + t
        assert R.clean_abstract(t) == symbol_runs(line_breaks.sub(" ", valid(t).strip()))
        assert R.clean_title(t) == " ".join(symbol_runs(valid(t)).split())
