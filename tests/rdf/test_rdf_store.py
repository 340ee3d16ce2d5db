"""The Oxigraph store: bulk load, atomic rebuild, read-only open."""

from __future__ import annotations

import os

import pytest

from kg.errors import InputError, KgError
from kg.rdf.export import to_rdflib
from kg.rdf.store import is_store, load_store, open_store


def _count(store) -> int:
    return len(store)


def test_load_file_and_reload_replaces(rdf_dir, tmp_path, trend_graph):
    store_dir = tmp_path / "out" / "store"
    expected = len(to_rdflib(trend_graph))
    assert load_store(rdf_dir / "graph.ttl", store_dir) == store_dir
    assert is_store(store_dir)
    assert _count(open_store(store_dir)) == expected
    load_store(rdf_dir / "graph.nt", store_dir)  # rebuild: no duplicates
    assert _count(open_store(store_dir)) == expected
    assert sorted(os.listdir(store_dir.parent)) == ["store"], "no temp dirs left behind"


def test_load_networkx_graph(tmp_path, trend_graph):
    store_dir = load_store(trend_graph, tmp_path / "store")
    assert _count(open_store(store_dir)) == len(to_rdflib(trend_graph))
    assert sorted(os.listdir(tmp_path)) == ["store"]


def test_a_smaller_rebuild_drops_old_triples(tmp_path, rdf_dir):
    store_dir = tmp_path / "store"
    load_store(rdf_dir / "graph.nt", store_dir)
    small = tmp_path / "small.nt"
    small.write_text('<urn:a> <urn:b> "c" .\n', encoding="utf-8")
    load_store(small, store_dir)
    assert _count(open_store(store_dir)) == 1


def test_bad_rdf_keeps_the_old_store(tmp_path, rdf_dir):
    tmp_path = tmp_path / "s"
    tmp_path.mkdir()
    store_dir = tmp_path / "store"
    load_store(rdf_dir / "graph.nt", store_dir)
    before = _count(open_store(store_dir))
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <", encoding="utf-8")
    with pytest.raises(InputError, match="not valid RDF"):
        load_store(bad, store_dir)
    assert _count(open_store(store_dir)) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.ttl", "store"]


def test_reader_of_old_store_survives_a_rebuild(tmp_path, rdf_dir):
    store_dir = tmp_path / "store"
    load_store(rdf_dir / "graph.nt", store_dir)
    reader = open_store(store_dir)
    n = _count(reader)
    load_store(rdf_dir / "graph.ttl", store_dir)
    assert sum(1 for _ in reader.query("SELECT * WHERE { ?s ?p ?o }")) == n


def test_interrupted_swap_is_recovered(tmp_path, rdf_dir):
    tmp_path = tmp_path / "s"
    tmp_path.mkdir()
    store_dir = tmp_path / "store"
    load_store(rdf_dir / "graph.nt", store_dir)
    n = _count(open_store(store_dir))
    os.rename(store_dir, tmp_path / ".store.old-crash")  # crash between the two renames
    (tmp_path / ".store.new-crash").mkdir()  # and a half-built store
    assert _count(open_store(store_dir)) == n  # readers fall back to the old store
    load_store(rdf_dir / "graph.ttl", store_dir)
    assert _count(open_store(store_dir)) == n
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


def test_errors(tmp_path):
    with pytest.raises(InputError, match="no such RDF file"):
        load_store(tmp_path / "missing.ttl", tmp_path / "store")
    with pytest.raises(InputError, match="not an Oxigraph store"):
        open_store(tmp_path / "nothing")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "keep.txt").write_text("x")
    f = tmp_path / "a.nt"
    f.write_text("", encoding="utf-8")
    with pytest.raises(KgError, match="not an Oxigraph store"):
        load_store(f, tmp_path / "docs")
    assert (tmp_path / "docs" / "keep.txt").exists()
    with pytest.raises(InputError, match="unknown RDF file type"):
        load_store(tmp_path / "docs" / "keep.txt", tmp_path / "store")


def test_store_loader_fed_in_blocks(rdf_dir, tmp_path):
    from kg.rdf.store import StoreLoader, install_store

    data = (rdf_dir / "graph.nt").read_bytes()
    lines = data.splitlines(keepends=True)
    load_store(rdf_dir / "graph.nt", tmp_path / "whole")
    whole = open_store(tmp_path / "whole")
    for threads in (1, 2, 3):  # several blocks loaded at once: the same triples
        loader = StoreLoader(tmp_path / f"store{threads}", threads=threads)
        for i in range(0, len(lines), 7):
            loader.feed(b"".join(lines[i:i + 7] + lines[i:i + 2]))  # some triples twice
        install_store(loader.finish(), tmp_path / f"store{threads}")
        loaded = open_store(tmp_path / f"store{threads}")
        assert set(loaded) == set(whole) and len(loaded) == len(whole) > 0


def test_store_loader_error_and_abort_leave_nothing(tmp_path):
    from kg.rdf.store import StoreLoader

    loader = StoreLoader(tmp_path / "store", threads=2)
    loader.feed(b"<not an iri\n")
    for _ in range(5):  # the loader failed: feeding more must not block
        loader.feed(b"<https://a.example/s> <https://a.example/p> <https://a.example/o> .\n")
    with pytest.raises(Exception):
        loader.finish()
    loader = StoreLoader(tmp_path / "store")
    loader.feed(b"<https://a.example/s> <https://a.example/p> <https://a.example/o> .\n")
    loader.abort()
    assert not (tmp_path / "store").exists() and list(tmp_path.iterdir()) == []
