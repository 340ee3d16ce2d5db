"""Rebuild a store by applying what changed, instead of loading every triple again.

A corpus that grew by 1% changes a few percent of the graph's N-Triples: the new
papers' triples, and the counts, dates and trend figures of the entities they
mention. Loading all of them again (5.8M triples at 75k papers) costs Oxigraph's bulk
loader about 30 CPU seconds, the largest single cost of such a rebuild. So ``kg build``
keeps, in its cache folder, the N-Triples file the installed store was loaded from
and a fingerprint of that store (:class:`StoreRecord`). The next build, if the store
is still the one recorded, makes its new store as

1. a checkpoint of the live store (:meth:`pyoxigraph.Store.backup`: hard links to
   RocksDB's immutable table files, no copy; the live store is only read);
2. minus the lines of the old file that the new one no longer has, plus the lines
   of the new file that the old one did not have (:func:`changed_lines`);
3. checked: it must hold exactly as many triples as the new file has distinct lines,
   or the update is abandoned and the store is loaded in full.

``kg build`` runs all of this in a child process (:func:`update_store_in_child`): comparing
the files is Python work that would otherwise hold the GIL against the build's own writers.
The new store is installed like a fully loaded store (:func:`kg.rdf.store.install_store`), so
readers and crashes see the same guarantees. Lines are compared, not parsed triples:
kg writes each triple as one canonical line and no blank nodes, so two files hold the
same triple exactly when they hold the same line.

Lines are compared by Python's 64-bit string hash, computed in this process for both
files (the hash is salted per process). Two different lines with the same hash (odds
about 1 in 10^6 at 6M lines) would leave one line unapplied; the count check then
catches all but a vanishing fraction of those cases.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import numpy as np

__all__ = ["StoreRecord", "StoreUpdate", "update_store", "update_store_in_child", "changed_lines",
           "store_fingerprint"]

log = logging.getLogger("kg.store")

#: bytes read at a time from an N-Triples file (whole lines are cut from it)
_BLOCK = 64 << 20


@dataclass
class StoreUpdate:
    """What :func:`update_store` made: the new store's directory and the size of the change."""

    path: Path
    removed: int
    added: int
    triples: int


def _lines(path: Path) -> Iterator[list[bytes]]:
    """The lines of ``path`` (without their line ends), a block of them at a time."""
    from kg.rdf.store import line_blocks

    for block in line_blocks(path, _BLOCK):
        lines = block.split(b"\n")
        if not lines[-1]:
            lines.pop()  # (after the block's last line end)
        yield lines


def _hashes(path: Path) -> np.ndarray:
    """Every line's hash, in file order."""
    parts = [np.fromiter(map(hash, lines), dtype=np.int64, count=len(lines)) for lines in _lines(path)]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


def _pick(path: Path, keep: np.ndarray) -> bytes:
    """The lines of ``path`` whose entry in ``keep`` is true, as N-Triples.

    Line ends are found with NumPy and only the kept lines are cut out: splitting the whole
    file into line objects is most of the cost of reading it (~2 s at 880 MB).
    """
    from kg.rdf.store import line_blocks

    picked: list[bytes] = []
    first = 0  # index of the block's first line
    for block in line_blocks(path, _BLOCK):
        ends = np.flatnonzero(np.frombuffer(block, dtype=np.uint8) == 10)
        if not block.endswith(b"\n"):  # the file's last line, without a line end
            ends = np.append(ends, len(block))
        starts = np.concatenate(([0], ends[:-1] + 1))
        for i in np.flatnonzero(keep[first:first + len(ends)]).tolist():
            picked.append(block[starts[i]:ends[i]] + b"\n")
        first += len(ends)
    return b"".join(picked)


def _missing_from(hashes: np.ndarray, ranked: np.ndarray) -> np.ndarray:
    """For each of ``hashes``, whether the sorted array ``ranked`` lacks it.

    The queries are looked up in sorted order (one sort, then a sequential search), which
    is several times faster than looking up millions of them in file order.
    """
    if not len(ranked):
        return np.ones(len(hashes), dtype=bool)
    order = np.argsort(hashes)
    queries = hashes[order]
    at = np.minimum(np.searchsorted(ranked, queries), len(ranked) - 1)
    missing = np.empty(len(hashes), dtype=bool)
    missing[order] = ranked[at] != queries
    return missing


def _distinct(ranked: np.ndarray) -> int:
    """How many different values the sorted array ``ranked`` holds."""
    return int(len(ranked) > 0) + int(np.count_nonzero(ranked[1:] != ranked[:-1]))


def changed_lines(old: str | os.PathLike, new: str | os.PathLike) -> tuple[bytes, bytes, int]:
    """``(lines only in old, lines only in new, distinct lines of new)`` of two N-Triples files.

    Three passes over the files: the new file's hashes; the old file's, keeping its lines
    that the new file lacks on the way; the new file again, cutting out its lines that the
    old file lacked. (``np.unique`` is avoided: in NumPy 2 it hashes, ~5 s for 6M values, against
    0.03 s for a sort.)

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.nt").write_bytes(b"<a> <p> <x> .\\n<a> <p> <y> .\\n")
    >>> _ = (folder / "b.nt").write_bytes(b"<a> <p> <y> .\\n<a> <p> <z> .\\n<a> <p> <z> .\\n")
    >>> changed_lines(folder / "a.nt", folder / "b.nt")
    (b'<a> <p> <x> .\\n', b'<a> <p> <z> .\\n<a> <p> <z> .\\n', 2)
    """
    from itertools import compress

    old, new = Path(old), Path(new)
    new_hashes = _hashes(new)
    new_ranked = np.sort(new_hashes)
    removed: list[bytes] = []
    old_parts = []
    for lines in _lines(old):
        hashes = np.fromiter(map(hash, lines), dtype=np.int64, count=len(lines))
        old_parts.append(hashes)
        removed.extend(compress(lines, _missing_from(hashes, new_ranked).tolist()))
    old_ranked = np.sort(np.concatenate(old_parts)) if old_parts else np.zeros(0, dtype=np.int64)
    added = _pick(new, _missing_from(new_hashes, old_ranked))
    return b"".join(line + b"\n" for line in removed), added, _distinct(new_ranked)


def update_store(store_dir: str | os.PathLike, old_nt: str | os.PathLike, new_nt: str | os.PathLike) -> StoreUpdate:
    """A new store beside ``store_dir``: the live store (loaded from ``old_nt``) changed into ``new_nt``'s triples.

    The live store is opened read-only and never written. Returns the new store
    (closed) for :func:`kg.rdf.store.install_store`. Raises ``ValueError`` when the
    result does not hold exactly ``new_nt``'s triples (the new directory is then
    removed; load the store in full instead) and ``OSError`` when the store cannot
    be read or written.
    """
    import pyoxigraph as ox

    store_dir = Path(store_dir)
    removed, added, expected = changed_lines(old_nt, new_nt)
    new_dir = Path(tempfile.mkdtemp(prefix=f".{store_dir.name}.new-", dir=store_dir.parent))
    try:
        os.rmdir(new_dir)  # backup() creates it; the unique name is reserved by the prefix's random part
        live = ox.Store.read_only(str(store_dir))
        try:
            live.backup(str(new_dir))
        finally:
            del live
        store = ox.Store(str(new_dir))
        try:
            for triple in ox.parse(input=removed, format=ox.RdfFormat.N_TRIPLES):
                store.remove(ox.Quad(triple.subject, triple.predicate, triple.object))
            if added:
                store.bulk_load(input=added, format=ox.RdfFormat.N_TRIPLES, lenient=True)
            store.flush()
            triples = len(store)
        finally:
            del store
        if triples != expected:
            raise ValueError(f"the updated store holds {triples} triples, not the {expected} of {new_nt}")
    except BaseException:
        shutil.rmtree(new_dir, ignore_errors=True)
        raise
    return StoreUpdate(new_dir, removed.count(b"\n"), added.count(b"\n"), triples)


def update_store_in_child(store_dir: str | os.PathLike, old_nt: str | os.PathLike,
                          new_nt: str | os.PathLike) -> StoreUpdate:
    """:func:`update_store` in a child process (:func:`main`, with this process's kg).

    Comparing the two files is Python work (splitting and hashing ~6M lines, ~7 s at 75k
    papers) that would hold the GIL against the build's own writers; in a process of its
    own it runs on the other core. Raises ``OSError`` when the child fails (with its last
    error line) and ``ValueError`` when its result is inconsistent, like :func:`update_store`.
    """
    from kg.childproc import kg_command

    # (not ``python -m``: from a folder holding another kg checkout, that would run its code)
    cmd = kg_command("kg.rdf.store_delta", str(store_dir), str(old_nt), str(new_nt))
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or [f"exit status {proc.returncode}"])[-1]
        raise (ValueError if last.startswith("ValueError") else OSError)(f"store update failed: {last}")
    try:
        done = json.loads(proc.stdout.strip().splitlines()[-1])
        return StoreUpdate(Path(done["path"]), int(done["removed"]), int(done["added"]), int(done["triples"]))
    except (IndexError, KeyError, TypeError, ValueError):
        raise OSError(f"store update: unexpected output {proc.stdout[-200:]!r}") from None


def main(argv: list[str] | None = None) -> int:
    """``python -m kg.rdf.store_delta STORE OLD_NT NEW_NT``: run :func:`update_store`, print the result as JSON."""
    store_dir, old_nt, new_nt = argv if argv is not None else sys.argv[1:]
    try:
        done = update_store(store_dir, old_nt, new_nt)
    except (OSError, ValueError) as exc:
        print(f"{type(exc).__name__}: {' '.join(str(exc).split())}", file=sys.stderr)
        return 1
    print(json.dumps({"path": str(done.path), "removed": done.removed, "added": done.added, "triples": done.triples}))
    return 0


def store_fingerprint(store_dir: str | os.PathLike) -> list | None:
    """Name, size, inode and modification time of each of a store's files (its info log
    aside), or None when it is no store.

    A store replaced, loaded again or written to since it was recorded has new files
    (the same triples loaded again give files of the same names and sizes, but new
    inodes and times); reading it (``Store.read_only``, ``oxigraph serve-read-only``)
    and renaming its folder change none of them.
    """
    store_dir = Path(store_dir)
    if not (store_dir / "CURRENT").is_file():
        return None
    try:
        files = []
        for entry in os.scandir(store_dir):
            if entry.is_file() and not entry.name.startswith("LOG"):
                st = entry.stat()
                files.append([entry.name, st.st_size, st.st_ino, st.st_mtime_ns])
        return sorted(files)
    except OSError:
        return None


class StoreRecord:
    """Which N-Triples the store at ``store_dir`` was built from, kept in a build's cache folder.

    ``store.nt`` is that file (a hard link to the build's N-Triples, or the hidden copy
    a build without ``nt`` output would delete: about 880 MB at 75k papers) and
    ``store.json`` the store's absolute path and :func:`store_fingerprint`.
    :meth:`source` returns the file only while the store is still exactly the one
    recorded; anything else (another store, a store loaded or changed by something
    else, a missing file) means a full load.
    """

    NT = "store.nt"
    META = "store.json"

    def __init__(self, cache_dir: str | os.PathLike, store_dir: str | os.PathLike):
        self.cache_dir = Path(cache_dir)
        self.store_dir = Path(store_dir)

    def source(self) -> Path | None:
        """The recorded N-Triples of the store, when the store is still the one recorded."""
        nt = self.cache_dir / self.NT
        try:
            meta = json.loads((self.cache_dir / self.META).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(meta, dict) or meta.get("store") != str(self.store_dir.resolve()):
            return None
        fingerprint = store_fingerprint(self.store_dir)
        if fingerprint is None or meta.get("fingerprint") != fingerprint or not nt.is_file():
            return None
        return nt

    def forget(self) -> None:
        """Drop the record (before the store changes, so a crash never leaves a wrong one)."""
        for name in (self.META, self.NT):
            (self.cache_dir / name).unlink(missing_ok=True)

    def save(self, nt: str | os.PathLike) -> None:
        """Record that the store now holds ``nt``'s triples (``nt`` is linked, not copied)."""
        fingerprint = store_fingerprint(self.store_dir)
        if fingerprint is None:
            return
        self.forget()
        tmp = self.cache_dir / (self.NT + ".tmp")
        tmp.unlink(missing_ok=True)
        try:
            os.link(nt, tmp)
        except OSError:  # another file system, or no hard links: copy instead
            shutil.copyfile(nt, tmp)
        os.replace(tmp, self.cache_dir / self.NT)
        meta = {"store": str(self.store_dir.resolve()), "fingerprint": fingerprint}
        tmp_meta = self.cache_dir / (self.META + ".tmp")
        tmp_meta.write_text(json.dumps(meta), encoding="utf-8")
        os.replace(tmp_meta, self.cache_dir / self.META)


if __name__ == "__main__":
    sys.exit(main())
