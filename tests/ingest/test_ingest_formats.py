"""Each input format, .gz, directories and sniffing, on small fixture files."""

from __future__ import annotations

import json
import time

import pytest

from kg.ingest import IngestStats, read_papers
from kg.model import Paper


def read(path, **kwargs):
    stats = IngestStats()
    return list(read_papers(path, stats=stats, **kwargs)), stats


def test_jsonl_fields_aliases_ids_and_dates(fixtures):
    papers, stats = read(fixtures / "papers.jsonl")
    assert [p.id for p in papers] == [
        "arXiv:2503.11677", "arXiv:2503.11685", "h3eb4f987a7337213", "arXiv:2504.00001"]
    first, second, third, fourth = papers
    assert first.authors == ["Jungyeon Park", "Anna Kochnev Goldstein"]
    assert first.url == "https://arxiv.org/abs/2503.11677"
    assert (first.date, first.date_precision) == ("2025-03-18", "day")
    assert first.source.endswith("papers.jsonl:1")
    # "summary" alias, "published" datetime, comma-separated authors, newline collapsed
    assert second.abstract == ("Artificial intelligence necessitates adaptable hardware accelerators. "
                               "We present a pipelined architecture.")
    assert (second.date, second.authors) == ("2025-03-18", ["Omkar Kokane", "Adam Teman"])
    # "text" alias, "year" int, "link" alias, ";" wins over ","; blank line 3 skipped
    assert third.title == "Weak-to-Strong Reasoning"
    assert (third.date, third.date_precision) == ("2024", "year")
    assert third.url == "https://example.org/w2s"
    assert third.authors == ["Yang, Yuqing", "Ma, Yan"]
    assert third.source.endswith(":4")
    # no date field: derived from the arXiv id
    assert (fourth.date, fourth.date_precision) == ("2025-04", "month")
    assert stats == IngestStats(files=1, records=4)


def test_gzip_gives_the_same_papers(fixtures):
    plain, _ = read(fixtures / "papers.jsonl")
    packed, _ = read(fixtures / "papers.jsonl.gz")
    assert [p.to_dict() | {"source": None} for p in packed] == [p.to_dict() | {"source": None} for p in plain]


def test_json_array(fixtures):
    papers, stats = read(fixtures / "papers.json")
    assert [p.id for p in papers] == ["arXiv:2503.06749", "arXiv:cs/0112017", "h434cc10b3c8837c6"]
    assert [(p.date, p.date_precision) for p in papers] == [
        ("2025-03", "month"), ("2001", "year"), ("2025-03-18", "day")]
    assert [p.source.rsplit(":", 1)[1] for p in papers] == ["2", "4", "5"]
    assert papers[1].url == "https://arxiv.org/abs/cs/0112017"
    assert papers[2].url == "https://example.org/p"


def test_json_object_with_papers_list(fixtures):
    papers, _ = read(fixtures / "wrapped.json")
    assert [p.id for p in papers] == ["arXiv:2306.02707", "arXiv:2407.13746"]
    assert papers[0].date == "2023-06-05"  # "updated" alias


@pytest.mark.parametrize("key", ["papers", "records", "data", "Papers"])
def test_json_list_keys(write, key):
    path = write("x.json", json.dumps({key: [{"title": "T", "abstract": "A"}]}))
    assert [p.title for p in read(path)[0]] == ["T"]


def test_json_single_object_and_concatenated_values(write):
    path = write("x.json", '{"title": "One", "abstract": "A"}\n{"title": "Two", "abstract": "B"}\n'
                           '[{"title": "Three", "abstract": "C"}]')
    papers, _ = read(path)
    assert [(p.title, p.source.rsplit(":", 1)[1]) for p in papers] == [("One", "1"), ("Two", "2"), ("Three", "3")]


def test_json_streams_records_larger_than_a_chunk(write, monkeypatch):
    import kg.ingest.sources as sources

    records = [{"id": f"2501.{i:05d}", "title": f"Paper {i}", "abstract": "word " * (i * 50),
                "n": 12345678901234567890} for i in range(60)]
    path = write("big.json", json.dumps({"meta": {"x": [1, 2]}, "data": records}, indent=1))
    monkeypatch.setattr(sources, "_CHUNK", 97)  # tiny chunks: values cross chunk edges
    papers, stats = read(path)
    assert [p.id for p in papers] == [f"arXiv:2501.{i:05d}" for i in range(60)]
    assert papers[-1].abstract == ("word " * 59 * 50).strip()
    assert stats.records == 60


def test_csv_quoted_multiline_cells_and_crlf(fixtures):
    papers, stats = read(fixtures / "papers.csv")
    first, second = papers
    assert first.id == "arXiv:2503.11677"
    assert first.abstract == "Patients implanted with the PRIMA prosthesis report form vision."
    assert first.authors == ["Park, Jungyeon", "Goldstein, Anna"]
    assert first.url == "https://arxiv.org/abs/2503.11677"  # empty url cell
    assert second.source.endswith("papers.csv:4")  # the row after a two-line row
    assert second.id.startswith("h") and second.abstract == "An abstract, with a comma."
    assert stats.warnings == []


def test_tsv(fixtures):
    papers, stats = read(fixtures / "papers.tsv")
    assert [(p.title, p.abstract, p.date, p.authors) for p in papers] == [
        ("A TSV paper", "Its abstract, tab separated.", "2023", ["Ada Lovelace", "Alan Turing"]),
        ("Another TSV paper", "Second abstract.", None, []),
    ]
    assert stats.undated == 1


def test_directory_recursion_sorted_skips_hidden_and_other_types(fixtures):
    papers, stats = read(fixtures / "tree")
    sources = [p.source.split("tree/")[1] for p in papers]
    assert sources == ["b.jsonl:1", "b.jsonl:2", "b.jsonl:4", "b.jsonl:5", "sub/a.csv:4",
                       "sub/listing.txt.gz:9", "sub/listing.txt.gz:15"]
    assert stats.files == 3
    assert stats.duplicates == 1  # arXiv:2503.11677 is in b.jsonl and sub/a.csv
    assert any("README.md: unsupported file type '.md'" in w for w in stats.warnings)
    assert not any("hidden" in p.title for p in papers)


def test_several_paths_and_pathlike(fixtures):
    papers, stats = read([fixtures / "papers.json", str(fixtures / "wrapped.json")])
    assert len(papers) == 5 and stats.files == 2


@pytest.mark.parametrize(
    ("name", "content", "titles"),
    [
        ("a.txt", '{"title": "J", "abstract": "x"}\n', ["J"]),
        ("a.txt", '  [{"title": "A", "abstract": "x"}]', ["A"]),
        ("a.txt", '{"papers":\n [{"title": "O", "abstract": "x"}]}', ["O"]),
        ("a.txt", "title,abstract\nC,x\n", ["C"]),
        ("a.txt.gz", "Title\tAbstract\nT,1\tx\n", ["T,1"]),
    ],
)
def test_txt_content_is_sniffed(write, name, content, titles):
    assert [p.title for p in read(write(name, content))[0]] == titles


def test_every_paper_is_a_paper(fixtures):
    for path in fixtures.iterdir():
        if path.is_file():
            for paper in read(path)[0]:
                assert isinstance(paper, Paper) and paper.id and (paper.title or paper.abstract)


def test_stats_is_optional_and_iteration_is_lazy(fixtures):
    papers = read_papers(fixtures / "papers.jsonl")
    assert next(papers).id == "arXiv:2503.11677"
    papers.close()


def test_arxiv_metadata_snapshot(write):
    """Kaggle's arxiv-metadata-oai-snapshot.json: JSON lines despite the name, with versions and authors_parsed."""
    rows = [
        {"id": "0704.0001", "submitter": "Pavel Nadolsky",
         "authors": "C. Bal\\'azs, E. L. Berger, P. M. Nadolsky, C.-P. Yuan",
         "title": "Calculation of prompt diphoton production cross sections at Tevatron and\n  LHC energies",
         "abstract": "  A fully differential calculation in perturbative quantum chromodynamics is\npresented.\n",
         "versions": [{"version": "v1", "created": "Mon, 2 Apr 2007 19:18:42 GMT"},
                      {"version": "v2", "created": "Tue, 24 Jul 2007 20:10:27 GMT"}],
         "update_date": "2008-11-26",
         "authors_parsed": [["Bal\\'azs", "C.", ""], ["Berger", "E. L.", ""], ["Nadolsky", "P. M.", ""],
                            ["Yuan", "C. -P.", ""]]},
        # no authors_parsed: the string is split on "," and "and"; LaTeX accents decoded
        {"id": "0704.0002", "authors": "Ileana Streinu and Louis Th\\'eran", "title": "Sparsity-certifying Graph",
         "abstract": "We describe a new algorithm.",
         "versions": [{"version": "v1", "created": "Sat, 31 Mar 2007 02:26:18 GMT"}]},
        {"id": "cs/0112017", "authors": "A. Author, B. Writer, and C. Reader (Some University)", "title": "Old",
         "abstract": "An old-style id.", "versions": []},  # no usable version: the month in the id
        {"id": "2501.00001", "title": "Dated", "abstract": "x", "date": "2025-01-05",  # a date field wins
         "versions": [{"version": "v1", "created": "Wed, 1 Jan 2025 00:00:00 GMT"}],
         "authors_parsed": [["Hopper", "Grace", "", "Navy"], ["King", "Martin Luther", "Jr"]]},
    ]
    path = write("arxiv-metadata-oai-snapshot.json", "".join(json.dumps(r) + "\n" for r in rows))
    papers, stats = read(path)
    assert [(p.id, p.date, p.date_precision) for p in papers] == [
        ("arXiv:0704.0001", "2007-04-02", "day"),
        ("arXiv:0704.0002", "2007-03-31", "day"),
        ("arXiv:cs/0112017", "2001-12", "month"),
        ("arXiv:2501.00001", "2025-01-05", "day"),
    ]
    assert [p.authors for p in papers] == [
        ["C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C.-P. Yuan"],
        ["Ileana Streinu", "Louis Théran"],
        ["A. Author", "B. Writer", "C. Reader (Some University)"],
        ["Grace Hopper", "Martin Luther King Jr"],  # the affiliation ("Navy") is left out
    ]
    assert papers[0].title == "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies"
    assert stats.warnings == [] and stats.undated == 0


@pytest.mark.parametrize(
    ("authors", "names"),
    [
        ("Ada Lovelace and Alan Turing", ["Ada Lovelace", "Alan Turing"]),
        ("Ada Lovelace, Alan Turing and Grace Hopper", ["Ada Lovelace", "Alan Turing", "Grace Hopper"]),
        ("Ada Lovelace, Alan Turing, and Grace Hopper", ["Ada Lovelace", "Alan Turing", "Grace Hopper"]),
        ("Lovelace, Ada; Turing, Alan and Hopper, Grace", ["Lovelace, Ada", "Turing, Alan", "Hopper, Grace"]),
        ("Alexander Sandberg, Fernando Andersen", ["Alexander Sandberg", "Fernando Andersen"]),  # "and" inside words
        ("The ATLAS Collaboration", ["The ATLAS Collaboration"]),
    ],
)
def test_author_strings_split_on_and(authors, names):
    from kg.ingest.records import split_authors

    assert split_authors(authors) == names
    assert split_authors([authors]) == [" ".join(authors.split())]  # list items are names already


def test_author_splitting_is_linear_on_hostile_strings():
    from kg.ingest.records import split_authors

    start = time.perf_counter()
    assert split_authors("Ada" + " " * 200_000 + "Lovelace") == ["Ada Lovelace"]
    assert split_authors("A" + " and" * 50_000 + " " * 50_000)[0] == "A"
    assert time.perf_counter() - start < 1
