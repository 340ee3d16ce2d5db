"""The extraction cache: hits, misses, invalidation, recovery from damage.

Uses the hand-made extractions of ``conftest.sample_docs`` (adapted from seeds/
abstracts), so it does not depend on the extractor.
"""

from __future__ import annotations

import sqlite3
import zlib
from dataclasses import replace

import pytest

import kg
from kg import cache as kg_cache
from kg.cache import CACHE_FILE, ExtractionCache


@pytest.fixture(autouse=True)
def stable_source(monkeypatch):
    """Pin the source fingerprint: the extractor's files may be edited while tests run."""
    monkeypatch.setattr(kg_cache, "_source_fingerprint", lambda: "pinned-by-test")


@pytest.fixture
def papers_docs(sample_docs):
    papers = [p for p, _ in sample_docs]
    docs = {d.paper_id: d for _, d in sample_docs}
    return papers, docs


def test_miss_then_hit_round_trips_everything(tmp_path, papers_docs):
    papers, docs = papers_docs
    cache = ExtractionCache(tmp_path)
    assert cache.get_many(papers) == {}
    assert cache.put_many(papers, docs) == 3
    cache.close()

    again = ExtractionCache(tmp_path)  # a later build
    hits = again.get_many(papers)
    assert hits == docs
    # sentences come back as tuples, relations and results intact
    vision = hits["arXiv:2503.06749"]
    assert isinstance(vision.sentences[0], tuple)
    assert vision.results[0].value == 73.5 and vision.relations[1].predicate == "evaluatedOn"
    assert not again.warnings


def test_value_does_not_store_the_text(tmp_path, papers_docs):
    papers, docs = papers_docs
    with ExtractionCache(tmp_path) as cache:
        cache.put_many(papers, docs)
    data = sqlite3.connect(tmp_path / CACHE_FILE).execute("SELECT data FROM extraction").fetchall()
    assert len(data) == 3
    assert all(b"Incentivizing Reasoning" not in zlib.decompress(row[0]) for row in data)


def test_an_older_cache_layout_is_replaced_quietly(tmp_path, papers_docs):
    papers, docs = papers_docs
    old = sqlite3.connect(tmp_path / CACHE_FILE)
    old.executescript("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);"
                      "INSERT INTO meta VALUES ('schema', '1');"
                      "CREATE TABLE extraction (key TEXT PRIMARY KEY, version TEXT, used REAL, data TEXT);"
                      "INSERT INTO extraction VALUES ('k', 'v', 0, '[]');")
    old.close()
    with ExtractionCache(tmp_path) as cache:
        assert cache.get_many(papers) == {}
        assert cache.put_many(papers, docs) == 3
        assert len(cache) == 3
        assert not cache.warnings


def test_partial_hits_and_changed_text(tmp_path, papers_docs):
    papers, docs = papers_docs
    with ExtractionCache(tmp_path) as cache:
        cache.put_many(papers[:2], {p.id: docs[p.id] for p in papers[:2]})
    edited = replace(papers[1], abstract=papers[1].abstract + " Code is released.")
    with ExtractionCache(tmp_path) as cache:
        hits = cache.get_many([papers[0], edited, papers[2]])
    assert set(hits) == {papers[0].id}


def test_same_text_under_a_new_id_is_a_hit_with_the_new_id(tmp_path, papers_docs):
    papers, docs = papers_docs
    with ExtractionCache(tmp_path) as cache:
        cache.put_many(papers, docs)
        renamed = replace(papers[0], id="arXiv:9999.00001")
        hit = cache.get_many([renamed])[renamed.id]
    assert hit.paper_id == renamed.id
    assert hit.text == renamed.text
    assert hit.mentions == docs[papers[0].id].mentions


@pytest.mark.parametrize("what", ["kg", "extractor", "lexicon"])
def test_a_new_version_invalidates_entries(tmp_path, papers_docs, monkeypatch, what):
    papers, docs = papers_docs
    with ExtractionCache(tmp_path) as cache:
        cache.put_many(papers, docs)
        assert len(cache.get_many(papers)) == 3

    if what == "kg":
        monkeypatch.setattr(kg, "__version__", kg.__version__ + ".post1")
    elif what == "extractor":
        import kg.extract as kg_extract

        monkeypatch.setattr(kg_extract, "EXTRACTOR_VERSION", "changed-by-test", raising=False)
    else:
        from kg.extract import lexicon as kg_lexicon

        monkeypatch.setattr(kg_lexicon, "lexicon_version", lambda *a, **k: "changed-by-test")
    with ExtractionCache(tmp_path) as cache:
        assert cache.get_many(papers) == {}
        cache.put_many(papers[:1], {papers[0].id: docs[papers[0].id]})
        # entries of the old version can never be read again: the write deleted them
        assert len(cache) == 1


def test_source_fingerprint_is_part_of_the_key(tmp_path, papers_docs, monkeypatch):
    papers, docs = papers_docs
    with ExtractionCache(tmp_path) as cache:
        cache.put_many(papers, docs)
    monkeypatch.setattr(kg_cache, "_source_fingerprint", lambda: "edited-rules")
    with ExtractionCache(tmp_path) as cache:
        assert cache.get_many(papers) == {}


def test_prune_drops_entries_this_build_did_not_use(tmp_path, papers_docs):
    papers, docs = papers_docs
    with ExtractionCache(tmp_path) as cache:
        cache.put_many(papers, docs)
    with ExtractionCache(tmp_path) as cache:  # without prune, a smaller build keeps the rest
        cache.get_many(papers[:1])
        cache.put_many(papers[:2], {papers[1].id: docs[papers[1].id]})
        assert len(cache) == 3
    with ExtractionCache(tmp_path, prune=True) as cache:
        cache.get_many(papers[:2])
        cache.put_many(papers[:2], {})
        assert len(cache) == 2
    with ExtractionCache(tmp_path) as cache:
        cache.get_many(papers[:1])
        assert cache.prune() == 1
        assert set(cache.get_many(papers)) == {papers[0].id}


@pytest.mark.parametrize("damage", [b"this is not an sqlite database" * 100, b""])
def test_corrupt_file_is_moved_aside_and_rebuilt(tmp_path, papers_docs, damage, caplog):
    papers, docs = papers_docs
    with ExtractionCache(tmp_path) as cache:
        cache.put_many(papers, docs)
    path = tmp_path / CACHE_FILE
    if damage:
        path.write_bytes(damage)
    else:  # truncated mid-file: keep the header, lose the pages
        path.write_bytes(path.read_bytes()[:1024])
    for extra in ("-wal", "-shm"):
        (tmp_path / (CACHE_FILE + extra)).unlink(missing_ok=True)

    cache = ExtractionCache(tmp_path)
    assert cache.get_many(papers) == {}
    assert cache.put_many(papers, docs) == 3
    assert cache.get_many(papers) == docs
    cache.close()
    if damage:  # a truncated file may still open and just miss; garbage must be moved aside
        assert cache.warnings and "unusable" in cache.warnings[0]
        assert (tmp_path / f"{CACHE_FILE}.corrupt").exists()
        assert "unusable" in caplog.text


def test_damaged_row_is_a_miss(tmp_path, papers_docs):
    papers, docs = papers_docs
    with ExtractionCache(tmp_path) as cache:
        cache.put_many(papers, docs)
        key = cache.key(papers[0])
    db = sqlite3.connect(tmp_path / CACHE_FILE)
    with db:
        db.execute("UPDATE extraction SET data = '[[1' WHERE key = ?", (key,))
    db.close()
    with ExtractionCache(tmp_path) as cache:
        hits = cache.get_many(papers)
    assert set(hits) == {p.id for p in papers[1:]}
    assert "damaged" in cache.warnings[0]


def test_locked_database_disables_the_cache_without_failing(tmp_path, papers_docs):
    papers, docs = papers_docs
    with ExtractionCache(tmp_path) as cache:
        cache.put_many(papers[:1], {papers[0].id: docs[papers[0].id]})
    other = sqlite3.connect(tmp_path / CACHE_FILE, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another build is writing
    try:
        cache = ExtractionCache(tmp_path, timeout=0.1)
        cache.get_many(papers)  # WAL: readers are not blocked
        assert cache.put_many(papers, docs) == 0
        assert not cache.enabled
        assert "locked" in cache.warnings[-1]
        assert cache.get_many(papers) == {}
    finally:
        other.execute("ROLLBACK")
        other.close()
    with ExtractionCache(tmp_path) as cache:  # the database itself is intact
        assert set(cache.get_many(papers)) == {papers[0].id}


def test_unwritable_folder_disables_the_cache(tmp_path, papers_docs):
    papers, docs = papers_docs
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = ExtractionCache(blocker / "cache")
    assert not cache.enabled
    assert cache.get_many(papers) == {}
    assert cache.put_many(papers, docs) == 0


# -- with the real pipeline ------------------------------------------------------------------


def _write_jsonl(path, papers):
    import json

    with open(path, "w", encoding="utf-8") as fh:
        for p in papers:
            fh.write(json.dumps({"id": p.id, "title": p.title, "abstract": p.abstract, "date": p.date,
                                 "authors": p.authors}) + "\n")


@pytest.mark.slow
def test_grown_corpus_reextracts_only_new_papers_and_matches_a_clean_build(tmp_path, monkeypatch):
    from pathlib import Path

    try:
        from kg.extract import extract_papers
        from kg.ingest import read_papers
        from kg.pipeline import build
    except ImportError:
        pytest.skip("the extractor or the reader is not there yet")
    import kg.extract as kg_extract

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    papers = list(read_papers([seeds]))
    assert len(papers) >= 10
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write_jsonl(corpus / "a.jsonl", papers[:-3])
    out = tmp_path / "out"
    options = dict(html=False, trends=False, rdf_formats=())
    first = build([corpus], out, **options)
    assert first.cached_papers == 0

    extracted = []

    def counting(todo, **kwargs):
        todo = list(todo)
        extracted.extend(p.id for p in todo)
        return extract_papers(todo, **kwargs)

    monkeypatch.setattr(kg_extract, "extract_papers", counting)
    _write_jsonl(corpus / "b.jsonl", papers[-3:])  # the corpus grows by three papers
    second = build([corpus], out, **options)
    assert sorted(extracted) == sorted(p.id for p in papers[-3:])
    assert second.cached_papers == len(papers) - 3

    clean = build([corpus], tmp_path / "clean", cache=False, **options)
    assert clean.cached_papers == 0
    for name in ("entities.csv", "relations.csv", "papers.csv"):
        assert (out / name).read_text() == (tmp_path / "clean" / name).read_text(), name


@pytest.mark.slow
def test_a_smaller_corpus_prunes_the_cache_even_with_nothing_new(tmp_path):
    from pathlib import Path

    from kg.cache import ExtractionCache
    from kg.ingest import read_papers
    from kg.pipeline import build

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    papers = list(read_papers([seeds]))
    corpus = tmp_path / "corpus.jsonl"
    out = tmp_path / "out"
    options = dict(html=False, trends=False, rdf_formats=())
    _write_jsonl(corpus, papers)
    build([corpus], out, **options)
    _write_jsonl(corpus, papers[:-3])  # three papers withdrawn, none added
    again = build([corpus], out, **options)
    assert again.cached_papers == len(papers) - 3
    with ExtractionCache(out / ".kg-cache") as cache:
        assert len(cache) == len(papers) - 3
