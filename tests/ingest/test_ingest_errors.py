"""Bad input: one clear line naming the file and line, never a traceback from deep inside."""

from __future__ import annotations

import gzip
import logging
import os

import pytest

from kg.errors import InputError
from kg.ingest import IngestStats, read_papers

GOOD = '{"title": "Good", "abstract": "A good record."}\n'


def read(path, **kwargs):
    stats = IngestStats()
    return list(read_papers(path, stats=stats, **kwargs)), stats


def test_bad_jsonl_records_are_skipped_with_warnings(write, caplog):
    path = write("bad.jsonl", GOOD
                 + '{"title": "broken", \n'                       # 2: malformed
                 + '[1, 2]\n'                                      # 3: not an object
                 + '{"id": "x1", "date": "2024"}\n'                # 4: no title, no abstract
                 + '{"title": ["a list"], "abstract": "x"}\n'      # 5: title not text
                 + '{"id": "2503.00001", "title": "T", "abstract": "A", "date": "2025-13-45"}\n'  # 6
                 + '{"id": "arXiv:2503.00001v2", "title": "Dup", "abstract": "B"}\n')  # 7: duplicate
    with caplog.at_level(logging.WARNING, logger="kg.ingest"):
        papers, stats = read(path)
    assert [p.title for p in papers] == ["Good", "T"]
    assert papers[1].date is None  # an unreadable date is unknown, not derived from the id
    assert (stats.records, stats.skipped, stats.duplicates, stats.undated) == (2, 4, 1, 2)
    assert stats.warnings == [
        f"{path}:2: malformed JSON: Expecting property name enclosed in double quotes (column 20)",
        f"{path}:3: expected an object with fields, got list",
        f"{path}:4: record has no title and no abstract",
        f"{path}:5: field 'title' must be text, got list",
        f"{path}:6: unreadable date '2025-13-45' (treated as unknown)",
        f"{path}:7: duplicate id 'arXiv:2503.00001' skipped (the first one is kept)",
    ]
    assert [r.getMessage() for r in caplog.records] == stats.warnings


def test_fail_mode_raises_on_the_first_bad_record(write):
    path = write("bad.jsonl", GOOD + "{oops}\n" + GOOD)
    papers = read_papers(path, on_error="fail")
    assert next(papers).title == "Good"
    with pytest.raises(InputError) as err:
        next(papers)
    assert str(err.value).startswith(f"{path}:2: malformed JSON")
    assert (err.value.path, err.value.line) == (str(path), 2)


def test_on_error_must_be_known(write):
    with pytest.raises(ValueError, match="on_error"):
        read_papers(write("a.jsonl", GOOD), on_error="ignore")


def test_csv_without_title_or_abstract_column_is_fatal(write):
    path = write("x.csv", "id,name,description\n1,a,b\n")
    for mode in ("skip", "fail"):
        with pytest.raises(InputError) as err:
            read(path, on_error=mode)
        assert str(err.value) == (f"{path}:1: CSV header has no 'title' or 'abstract' column "
                                  "(found 'id', 'name', 'description')")


def test_csv_rows_with_wrong_cell_counts_are_skipped(write):
    path = write("x.csv", "title,abstract\nA,one\nB,two,extra\nC\n\nD,four\n")
    papers, stats = read(path)
    assert [p.title for p in papers] == ["A", "D"]
    assert stats.warnings == [f"{path}:3: row has 3 cells, the header has 2",
                              f"{path}:4: row has 1 cells, the header has 2"]
    with pytest.raises(InputError, match=":3: row has 3 cells"):
        read(path, on_error="fail")


def test_huge_abstract_is_accepted(write):
    abstract = "word " * 1_000_000  # 5 MB
    for name, content in [("big.csv", f'title,abstract\nBig,"{abstract}"\n'),
                          ("big.tsv", f"title\tabstract\nBig\t{abstract}\n"),
                          ("big.jsonl", f'{{"title": "Big", "abstract": "{abstract}"}}\n'),
                          ("big.json", f'[{{"title": "Big", "abstract": "{abstract}"}}]')]:
        papers, _ = read(write(name, content))
        assert len(papers[0].abstract) == len(abstract) - 1, name


def test_empty_files_warn_and_empty_input_raises(write, tmp_path):
    empty = write("empty.jsonl", "")
    blank = write("blank.csv", "\n\n")
    good = write("good.jsonl", GOOD)
    papers, stats = read([empty, blank, good])
    assert len(papers) == 1
    assert stats.warnings == [f"{empty}: empty file", f"{blank}: empty file"]
    for path in (empty, blank, write("e.json", "  \n"), write("e.txt", ""), write("e.jsonl.gz", "")):
        with pytest.raises(InputError, match="no papers found in the input"):
            read(path)
    os.mkdir(tmp_path / "nothing")
    with pytest.raises(InputError) as err:
        read(tmp_path / "nothing")
    assert str(err.value) == f"{tmp_path / 'nothing'}: no papers found in the input"


def test_file_with_only_bad_records_warns_per_record_and_raises(write):
    path = write("bad.jsonl", "not json\n")
    stats = IngestStats()
    with pytest.raises(InputError, match="no papers found"):
        list(read_papers(path, stats=stats))
    assert stats.warnings[0].startswith(f"{path}:1: malformed JSON")
    assert stats.warnings[-1] == f"{path}: no papers found in this file"


def test_non_utf8_bytes_are_replaced_with_one_warning(write):
    path = write("latin1.jsonl", GOOD.encode() + '{"title": "Caf\xe9", "abstract": "na\xefve"}\n'.encode("latin-1")
                 + '{"title": "\xe9t\xe9", "abstract": "x"}\n'.encode("latin-1"))
    papers, stats = read(path)
    assert [p.title for p in papers] == ["Good", "Caf\ufffd", "\ufffdt\ufffd"]
    assert stats.warnings == [f"{path}:2: invalid UTF-8 bytes replaced by U+FFFD (first occurrence in this file)"]


def test_non_utf8_in_a_json_document(write):
    path = write("latin1.json", b'[\n{"title": "ok", "abstract": "x"},\n{"title": "Caf\xe9", "abstract": "y"}]')
    papers, stats = read(path)
    assert [p.title for p in papers] == ["ok", "Caf\ufffd"]
    assert stats.warnings == [f"{path}:3: invalid UTF-8 bytes replaced by U+FFFD (first occurrence in this file)"]


@pytest.mark.parametrize("name", ["bom.jsonl", "bom.json", "bom.csv", "bom.tsv", "bom.txt"])
def test_utf8_bom_and_crlf(write, name):
    bodies = {
        "jsonl": '{"title": "T", "abstract": "A"}\r\n',
        "json": '[{"title": "T", "abstract": "A"}]\r\n',
        "csv": "title,abstract\r\nT,A\r\n",
        "tsv": "title\tabstract\r\nT\tA\r\n",
        "txt": "T\r\n\r\n" + "Abstract words " * 10 + "\r\n",
    }
    body = bodies[name.split(".")[1]]
    papers, stats = read(write(name, b"\xef\xbb\xbf" + body.encode()))
    assert papers[0].title == "T" and papers[0].abstract.startswith("A")
    assert stats.warnings == []


def test_utf16_with_bom(write):
    papers, _ = read(write("u16.csv", "title,abstract\r\nÜber,Straße\r\n".encode("utf-16")))
    assert (papers[0].title, papers[0].abstract) == ("Über", "Straße")


def test_unknown_file_type(write):
    path = write("notes.xyz", "hello")
    with pytest.raises(InputError) as err:
        read_papers(path)
    assert str(err.value) == (f"{path}: unsupported file type '.xyz' "
                              "(expected .txt, .jsonl, .json, .csv, .tsv, .xml, .atom, .rss, optionally .gz)")
    with pytest.raises(InputError, match=r"unsupported file type '\.xyz\.gz'"):
        read_papers(write("notes.xyz.gz", "hello"))


def test_missing_path_raises_at_call_time(tmp_path):
    missing = tmp_path / "missing.jsonl"
    with pytest.raises(InputError) as err:
        read_papers([missing])
    assert str(err.value) == f"{missing}: no such file or directory"
    with pytest.raises(InputError, match="no input paths"):
        read_papers([])


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(write):
    path = write("locked.jsonl", GOOD)
    path.chmod(0)
    try:
        with pytest.raises(InputError, match="cannot read file"):
            read_papers(path)
    finally:
        path.chmod(0o644)


def test_corrupt_and_fake_gzip(write, tmp_path):
    fake = tmp_path / "fake.jsonl.gz"
    fake.write_bytes(GOOD.encode())
    with pytest.raises(InputError, match=f"{fake}: cannot read file: not a gzip file"):
        read(fake)
    truncated = tmp_path / "cut.jsonl.gz"
    truncated.write_bytes(gzip.compress((GOOD * 1000).encode())[:-20])
    with pytest.raises(InputError, match=f"{truncated}: cannot read file"):
        read(truncated)


@pytest.mark.parametrize(
    ("content", "line", "why"),
    [
        ('[{"title": "A", "abstract": "x"},\n {"title": }]', 2, "malformed JSON: Expecting value"),
        ('[{"title": "A", "abstract": "x"}\n {"title": "B"}]', 2, "expected ']' or ',' after an array element"),
        ('{"papers": {"title": "A"}, "x": 1}', 1, None),  # papers is not a list, but it is no paper either
        ('{"meta": 1}', 1, "JSON object has no list of papers under 'papers', 'records', 'data'"),
        ('"just a string"', 1, "expected an array or an object"),
        ('[{"title": "A", "abstract": "unterminated}]', 1, "malformed JSON: Unterminated string"),
        ("[" * 100_000, 1, "malformed JSON"),
        ('{"title": "A", "abstract": "x"', 1, "malformed JSON"),
    ],
)
def test_malformed_json_documents_stop_the_file(write, content, line, why):
    path = write("bad.json", content)
    with pytest.raises(InputError) as err:
        read(path)
    assert err.value.path == str(path) and err.value.line == line
    if why:
        assert why in err.value.message


def test_json_array_items_that_are_not_papers_are_skipped(write):
    path = write("x.json", '[1, {"title": "A", "abstract": "x"}, {"id": "only"}, null]')
    papers, stats = read(path)
    assert [p.title for p in papers] == ["A"] and stats.skipped == 3


def test_text_cleanup(write):
    path = write("x.jsonl", '{"title": " \\t A\\n  title\\u2028here ", '
                            '"abstract": "\\n First  line.\\r\\n   Second line.\\n\\nThird. "}\n')
    (paper,), _ = read(path)
    assert paper.title == "A title here"
    assert paper.abstract == "First  line. Second line. Third."


def test_lone_surrogates_do_not_leak(write):
    path = write("x.jsonl", '{"title": "bad \\ud800 char", "abstract": "x"}\n')
    (paper,), _ = read(path)
    paper.title.encode("utf-8")  # must not raise


def test_unreadable_file_even_as_root(write, monkeypatch):
    path = write("locked.jsonl", GOOD)
    monkeypatch.setattr(os, "access", lambda *args, **kwargs: False)
    with pytest.raises(InputError) as err:
        read_papers(path)
    assert str(err.value) == f"{path}: cannot read file: permission denied"


def test_warnings_kept_are_capped_but_counts_are_exact(write, monkeypatch):
    monkeypatch.setattr(IngestStats, "MAX_WARNINGS", 3)
    path = write("bad.jsonl", GOOD + "x\n" * 10)
    papers, stats = read(path)
    assert stats.skipped == 10
    assert len(stats.warnings) == 4 and stats.warnings[-1].startswith("... further warnings")


def test_an_id_of_control_characters_is_no_id(tmp_path):
    """Found by the fuzz test: a CSV id "\\x1b" became the id " " (its control character made a space)."""
    from kg.ingest import read_papers

    path = tmp_path / "x.csv"
    path.write_text('id,title\n"\x1b\x07",A title\n"\x01 2503.11677",B\n', encoding="utf-8")
    papers = list(read_papers(path))
    assert [p.title for p in papers] == ["A title", "B"]
    assert papers[0].id.startswith("h") and papers[0].id == papers[0].id.strip()  # the content id
    assert papers[1].id == "arXiv:2503.11677"
