"""Updating a store by the lines that changed gives the store a full load would give."""

from __future__ import annotations

import os
import random

import pytest

from kg.rdf.store import install_store, is_store, load_store, open_store
from kg.rdf.store_delta import StoreRecord, changed_lines, store_fingerprint, update_store


def _line(i: int, j: int = 0) -> bytes:
    return f'<https://ex.org/s{i}> <https://ex.org/p{j % 3}> "v{i}-{j} \\"q\\" \\u00e9" .\n'.encode()


def _write(path, lines) -> os.PathLike:
    path.write_bytes(b"".join(lines))
    return path


def _triples(store_dir) -> set:
    store = open_store(store_dir)
    try:
        return {(str(q.subject), str(q.predicate), str(q.object)) for q in store}
    finally:
        del store


def test_changed_lines_are_a_set_difference_of_lines(tmp_path):
    rng = random.Random(7)
    old = [_line(i, rng.randrange(4)) for i in range(3000)]
    new = [line for line in old if rng.random() > 0.1] + [_line(i, 9) for i in range(2000, 2500)]
    new += new[:50]  # the same line twice counts once
    rng.shuffle(new)
    removed, added, distinct = changed_lines(_write(tmp_path / "a.nt", old), _write(tmp_path / "b.nt", new))
    assert set(removed.splitlines(keepends=True)) == set(old) - set(new)
    assert set(added.splitlines(keepends=True)) == set(new) - set(old)
    assert distinct == len(set(new))


def test_changed_lines_of_identical_and_empty_files(tmp_path):
    same = _write(tmp_path / "a.nt", [_line(1), _line(2)])
    assert changed_lines(same, same) == (b"", b"", 2)
    empty = _write(tmp_path / "e.nt", [])
    assert changed_lines(empty, same) == (b"", _line(1) + _line(2), 2)
    assert changed_lines(same, empty) == (_line(1) + _line(2), b"", 0)


def test_updated_store_equals_a_full_load_and_the_live_store_is_untouched(tmp_path):
    old = [_line(i, i) for i in range(500)]
    new = old[100:] + [_line(i, 7) for i in range(600, 700)]
    old_nt, new_nt = _write(tmp_path / "old.nt", old), _write(tmp_path / "new.nt", new)
    live = tmp_path / "store"
    load_store(old_nt, live)
    before, fingerprint = _triples(live), store_fingerprint(live)

    update = update_store(live, old_nt, new_nt)
    assert (update.removed, update.added, update.triples) == (100, 100, 500)
    assert update.path.parent == tmp_path and update.path.name.startswith(".store.new-")
    assert _triples(live) == before and store_fingerprint(live) == fingerprint  # only read
    install_store(update.path, live)
    load_store(new_nt, tmp_path / "full")
    assert _triples(live) == _triples(tmp_path / "full")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["full", "new.nt", "old.nt", "store"]


def test_a_store_that_does_not_hold_the_old_file_is_not_updated(tmp_path):
    old = [_line(i) for i in range(50)]
    old_nt = _write(tmp_path / "old.nt", old)
    live = tmp_path / "store"
    load_store(_write(tmp_path / "other.nt", old[1:]), live)  # lacks old[0], which new keeps
    new_nt = _write(tmp_path / "new.nt", old + [_line(99)])
    with pytest.raises(ValueError, match="50 triples, not the 51"):
        update_store(live, old_nt, new_nt)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "the failed update is removed"


def test_store_record_is_valid_only_for_the_store_it_recorded(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    nt = _write(tmp_path / "graph.nt", [_line(1), _line(2)])
    store = tmp_path / "store"
    record = StoreRecord(cache, store)
    assert record.source() is None  # nothing recorded
    load_store(nt, store)
    record.save(nt)
    assert record.source() == cache / "store.nt"
    assert (cache / "store.nt").read_bytes() == nt.read_bytes()
    assert os.stat(nt).st_ino == os.stat(cache / "store.nt").st_ino  # linked, not copied
    assert StoreRecord(cache, tmp_path / "elsewhere").source() is None  # another store

    reader = open_store(store)  # reading changes nothing
    assert len(reader) == 2
    del reader
    assert record.source() == cache / "store.nt"

    load_store(_write(tmp_path / "x.nt", [_line(3)]), store)  # loaded by something else
    assert record.source() is None
    record.save(tmp_path / "x.nt")
    assert record.source() is not None
    (cache / "store.nt").unlink()  # the file went missing
    assert record.source() is None
    record.forget()
    assert sorted(os.listdir(cache)) == []
    assert is_store(store)


def test_the_update_runs_in_a_child_process_with_the_same_result(tmp_path):
    from kg.rdf.store_delta import update_store_in_child

    old = [_line(i, i) for i in range(300)]
    new = old[50:] + [_line(i, 5) for i in range(400, 460)]
    old_nt, new_nt = _write(tmp_path / "old.nt", old), _write(tmp_path / "new.nt", new)
    live = tmp_path / "store"
    load_store(old_nt, live)
    update = update_store_in_child(live, old_nt, new_nt)
    assert (update.removed, update.added, update.triples) == (50, 60, 310)
    install_store(update.path, live)
    load_store(new_nt, tmp_path / "full")
    assert _triples(live) == _triples(tmp_path / "full")

    load_store(_write(tmp_path / "other.nt", old[1:]), live)  # no longer holds old.nt
    with pytest.raises(ValueError, match="not the"):
        update_store_in_child(live, old_nt, _write(tmp_path / "new2.nt", old + [_line(999)]))
    with pytest.raises(OSError, match="store update failed"):
        update_store_in_child(tmp_path / "missing-store", old_nt, new_nt)


def test_a_last_line_without_a_line_end_counts(tmp_path):
    old = _write(tmp_path / "a.nt", [_line(1)])
    new = tmp_path / "b.nt"
    new.write_bytes(_line(1) + _line(2).rstrip(b"\n"))
    assert changed_lines(old, new) == (b"", _line(2), 2)
    assert changed_lines(new, old) == (_line(2), b"", 1)
