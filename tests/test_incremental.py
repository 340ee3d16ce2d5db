"""An incremental build gives exactly what a clean build of the same corpus gives.

``kg build`` reuses what it kept from the previous build (extractions in
``OUTDIR/.kg-cache``) when the corpus grew, shrank or changed. A researcher must be
able to trust that the result does not depend on the build history: these tests
build a corpus, change it (new papers, a removed paper, an edited abstract), build
again in the same folder, and compare every output with a clean build of the final
corpus: the RDF as sets of triples (files and store), the CSV files row for row, the
GraphML graph, the trend tables. Only the build timestamp may differ.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import networkx as nx
import pytest

pytestmark = pytest.mark.slow

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _papers():
    from kg.ingest import read_papers

    papers = list(read_papers([SEEDS]))
    assert len(papers) >= 20
    for i, p in enumerate(papers):  # the listing page is undated: spread it over six months
        p.date = f"2025-{1 + i % 6:02d}-{1 + i:02d}"
    return papers


def _write(path: Path, papers) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for p in papers:
            fh.write(json.dumps({"id": p.id, "title": p.title, "abstract": p.abstract, "date": p.date,
                                 "authors": p.authors, "url": p.url}) + "\n")


def _triples(path: Path) -> set[tuple]:
    """The triples of an RDF file without the build timestamp (it differs by design)."""
    import pyoxigraph as ox

    fmt = ox.RdfFormat.TURTLE if path.suffix == ".ttl" else ox.RdfFormat.N_TRIPLES
    return {(str(t.subject), str(t.predicate), str(t.object))
            for t in ox.parse(path=str(path), format=fmt) if not str(t.predicate).endswith("endedAtTime>")}


def _store_triples(path: Path) -> set[tuple]:
    from kg.rdf.store import open_store

    store = open_store(path)
    try:
        return {(str(q.subject), str(q.predicate), str(q.object)) for q in store.quads_for_pattern(None, None, None)
                if not str(q.predicate).endswith("endedAtTime>")}
    finally:
        del store


def _rows(path: Path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def _graph(path: Path) -> tuple:
    G = nx.read_graphml(path, force_multigraph=True)
    G.graph.pop("created", None)
    return G.graph, list(G.nodes(data=True)), list(G.edges(keys=True, data=True))


def _assert_same_outputs(incremental: Path, clean: Path) -> None:
    files = sorted(p.name for p in clean.iterdir() if not p.name.startswith("."))
    assert sorted(p.name for p in incremental.iterdir() if not p.name.startswith(".")) == files
    assert "trends.csv" in files
    for name in ("graph.ttl", "graph.nt"):
        a, b = _triples(incremental / name), _triples(clean / name)
        assert a == b, f"{name}: {len(a - b)} extra, {len(b - a)} missing triples"
    a, b = _store_triples(incremental / "store"), _store_triples(clean / "store")
    assert a == b, f"store: {len(a - b)} extra, {len(b - a)} missing triples"
    # the store holds the triples of graph.nt (with its numbers in canonical form: load both)
    import pyoxigraph as ox

    mem = ox.Store()
    mem.bulk_load(path=str(clean / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)
    assert a == {(str(q.subject), str(q.predicate), str(q.object)) for q in mem
                 if not str(q.predicate).endswith("endedAtTime>")}
    for name in ("entities.csv", "papers.csv", "relations.csv", "results.csv", "trends.csv",
                 "trends_summary.csv"):
        assert _rows(incremental / name) == _rows(clean / name), name
    assert _graph(incremental / "graph.graphml") == _graph(clean / "graph.graphml")
    assert (incremental / "graph.html").is_file()


def _build(corpus: Path, out: Path, **kw):
    from kg.pipeline import build

    # the thresholds of large corpora, so their code paths run on a small one too
    return build([corpus], out, store=out / "store", rdf_formats=("ttl", "nt"), min_comention=2,
                 min_phrase_papers=2, **kw)


def test_grown_shrunk_and_edited_corpus_matches_a_clean_build(tmp_path, monkeypatch):
    import kg.extract as kg_extract

    papers = _papers()
    corpus = tmp_path / "corpus.jsonl"
    out = tmp_path / "out"
    _write(corpus, papers[:-4])
    first = _build(corpus, out)
    assert first.cached_papers == 0
    assert first.store_note == "loaded in full"

    # the next day: four new papers, one paper withdrawn, one abstract corrected
    edited = papers[3]
    edited.abstract = edited.abstract.replace(".", "; we also use LoRA.", 1)
    final = [p for i, p in enumerate(papers) if i != 5]
    _write(corpus, final)

    extracted = []
    real = kg_extract.extract_papers

    def counting(todo, **kwargs):
        todo = list(todo)
        extracted.extend(p.id for p in todo)
        return real(todo, **kwargs)

    monkeypatch.setattr(kg_extract, "extract_papers", counting)
    second = _build(corpus, out)
    assert sorted(extracted) == sorted([edited.id] + [p.id for p in papers[-4:]])
    assert second.cached_papers == len(final) - 5
    assert second.store_note.startswith("updated from the previous build: ")  # not loaded again

    monkeypatch.setattr(kg_extract, "extract_papers", real)
    clean = _build(corpus, tmp_path / "clean", cache=False)
    assert clean.cached_papers == 0
    _assert_same_outputs(out, tmp_path / "clean")


def test_rebuild_of_an_unchanged_corpus_changes_nothing(tmp_path):
    papers = _papers()
    corpus = tmp_path / "corpus.jsonl"
    _write(corpus, papers)
    out = tmp_path / "out"
    _build(corpus, out)
    again = _build(corpus, out)
    assert again.cached_papers == len(papers)
    # (the only triple that can change: the build timestamp, to the second)
    assert re.match(r"updated from the previous build: [01] triples? removed, [01] added", again.store_note)
    _build(corpus, tmp_path / "clean", cache=False)
    _assert_same_outputs(out, tmp_path / "clean")


def test_a_store_changed_since_the_last_build_or_a_failed_update_means_a_full_load(tmp_path, monkeypatch):
    import kg.rdf.store_delta as delta
    from kg.rdf.store import load_store

    papers = _papers()
    corpus = tmp_path / "corpus.jsonl"
    out = tmp_path / "out"
    _write(corpus, papers[:-2])
    _build(corpus, out)
    load_store(out / "graph.nt", out / "store")  # reloaded by hand: no longer the recorded store
    _write(corpus, papers)
    assert _build(corpus, out).store_note == "loaded in full"

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(delta, "update_store_in_child", broken)
    _write(corpus, papers[1:])
    assert _build(corpus, out).store_note == "loaded in full (the update failed)"
    _build(corpus, tmp_path / "clean", cache=False)
    _assert_same_outputs(out, tmp_path / "clean")
    monkeypatch.undo()
    assert _build(corpus, out).store_note.startswith("updated")  # recorded again after the full load
