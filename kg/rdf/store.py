"""The knowledge graph in an on-disk Oxigraph store (RocksDB), replaced atomically.

:func:`load_store` never writes into the live store. It builds a complete new
store in a sibling directory (``.<name>.new-<random>``) with pyoxigraph's
``bulk_load`` (Rust parser, SST files written directly: about a million triples in
seconds), closes it, then swaps directories. The two halves are also available
alone: :func:`prepare_store` (what ``kg build`` runs in a background thread while it
writes its other outputs) and :func:`install_store` (the swap, once every output is
complete)::

    store/            -> .store.old-<random>    (rename 1)
    .store.new-<random> -> store/               (rename 2)
    .store.old-<random>                         (deleted)

A crash while loading leaves the old store untouched (the ``.new`` directory is
garbage, removed by the next load). A crash between the two renames leaves no
``store/`` but a complete ``.store.old-*``: :func:`open_store` reads it in the
meantime and the next :func:`load_store` replaces it. Readers that opened the old store before the swap
keep their open files; they should reopen after a rebuild (``kg serve`` is
restarted by the user). Two loads into the same directory at once are not
supported (the last swap wins, both stores are complete).

Why not one named graph per build inside one store? A store opened read-only by
a server (``oxigraph serve-read-only``) must not be written by another process
(undefined behaviour in RocksDB secondary mode), so the directory swap is the only
way to rebuild while a reader exists.
"""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from pathlib import Path
from typing import Union

import networkx as nx

from kg.errors import InputError, KgError

__all__ = ["load_store", "prepare_store", "install_store", "StoreLoader", "open_store", "is_store", "RDF_SUFFIXES"]

#: file suffix -> pyoxigraph format name
RDF_SUFFIXES = {
    ".ttl": "TURTLE",
    ".nt": "N_TRIPLES",
    ".jsonld": "JSON_LD",
    ".json": "JSON_LD",
    ".nq": "N_QUADS",
    ".trig": "TRIG",
    ".rdf": "RDF_XML",
    ".owl": "RDF_XML",
}


def _format_of(path: Path):
    import pyoxigraph as ox

    suffixes = path.suffixes
    name = RDF_SUFFIXES.get(suffixes[-1].lower()) if suffixes else None
    if name is None:
        raise InputError(
            f"unknown RDF file type {path.suffix!r}; use one of {', '.join(sorted(RDF_SUFFIXES))}",
            path=str(path),
        )
    return getattr(ox.RdfFormat, name)


def is_store(path: str | os.PathLike) -> bool:
    """True when ``path`` is a directory holding an Oxigraph (RocksDB) store."""
    p = Path(path)
    return p.is_dir() and (p / "CURRENT").is_file()


def _siblings(store_dir: Path, kind: str) -> list[Path]:
    return sorted(store_dir.parent.glob(f".{store_dir.name}.{kind}-*"))


def _recover(store_dir: Path) -> None:
    """Undo a swap interrupted between its two renames."""
    if store_dir.exists():
        return
    olds = [p for p in _siblings(store_dir, "old") if is_store(p)]
    if olds:
        newest = max(olds, key=lambda p: p.stat().st_mtime)
        os.rename(newest, store_dir)


def load_store(
    source: Union[str, os.PathLike, nx.MultiDiGraph],
    store_dir: str | os.PathLike,
) -> Path:
    """Load RDF into a fresh Oxigraph store at ``store_dir``, replacing any old one atomically.

    Parameters
    ----------
    source
        An RDF file (``.ttl``, ``.nt``, ``.jsonld``, ``.nq``, ``.trig``, ``.rdf``) or a
        knowledge graph (networkx, the contract of :func:`kg.graph.build_graph`),
        which is written as N-Triples first. (:func:`prepare_store` also takes an
        iterable of N-Triples blocks, as bytes.)
    store_dir
        Directory of the store. Its parent must exist or be creatable.

    Returns
    -------
    Path
        ``store_dir``.

    Raises
    ------
    InputError
        The file is missing or not valid RDF (the old store is kept).
    """
    new_dir = prepare_store(source, store_dir)
    install_store(new_dir, store_dir)
    return Path(store_dir)


def prepare_store(
    source: Union[str, os.PathLike, nx.MultiDiGraph],
    store_dir: str | os.PathLike,
    *,
    trusted: bool = False,
    threads: int = 1,
) -> Path:
    """The first half of :func:`load_store`: a complete new store beside ``store_dir``.

    Returns the new store's directory (``.<name>.new-<random>``, closed); the live
    store is not touched until :func:`install_store` swaps it in, so a build can
    load its store while it writes its other outputs and publish both together.
    Releases the GIL while loading (pyoxigraph's bulk loader is Rust). Raises as
    :func:`load_store`; on any error the new directory is removed. ``trusted``
    skips the validation of IRIs and literals (for kg's own N-Triples: about 20%
    faster). ``threads``: for an iterable of N-Triples blocks, how many blocks are loaded at
    once (see :func:`_load_blocks`).
    """
    import pyoxigraph as ox

    store_dir = Path(store_dir)
    store_dir.parent.mkdir(parents=True, exist_ok=True)
    _recover(store_dir)
    if store_dir.exists() and not is_store(store_dir) and any(store_dir.iterdir()):
        raise KgError(f"{store_dir}: exists and is not an Oxigraph store; refusing to replace it")

    new_dir = Path(tempfile.mkdtemp(prefix=f".{store_dir.name}.new-", dir=store_dir.parent))
    tmp_nt: Path | None = None
    try:
        blocks = None
        if not isinstance(source, (str, os.PathLike, nx.Graph)):  # N-Triples blocks (bytes)
            blocks, path, fmt, trusted = source, None, ox.RdfFormat.N_TRIPLES, True
        elif isinstance(source, nx.Graph):
            from kg.rdf.export import write_ntriples

            tmp_nt = new_dir.with_name(new_dir.name + ".nt")
            write_ntriples(source, tmp_nt)
            path, fmt = tmp_nt, ox.RdfFormat.N_TRIPLES
            trusted = True
        else:
            path = Path(source)
            if not path.is_file():
                raise InputError("no such RDF file", path=str(path))
            fmt = _format_of(path)
        store = ox.Store(str(new_dir))
        try:
            if blocks is not None:
                _load_blocks(store, blocks, fmt, lenient=trusted, threads=threads)
            elif fmt == ox.RdfFormat.N_TRIPLES:
                # in blocks of whole lines: the bulk loader's memory grows with its input
                # (1.7 GB for 6M triples at once, 0.5 GB in 64 MB blocks; 15% more CPU)
                for block in line_blocks(path, _BLOCK):
                    store.bulk_load(input=block, format=fmt, lenient=trusted)
            else:
                store.bulk_load(path=str(path), format=fmt, lenient=trusted)
            store.flush()
            store.optimize()
        except SyntaxError as exc:
            raise InputError(f"not valid RDF: {_one_line(exc)}", path=str(path)) from None
        finally:
            del store
            gc.collect()
    except BaseException:
        shutil.rmtree(new_dir, ignore_errors=True)
        raise
    finally:
        if tmp_nt is not None:
            tmp_nt.unlink(missing_ok=True)
    return new_dir


_BLOCK = 64 << 20


def _load_blocks(store, blocks, fmt, *, lenient: bool, threads: int = 1) -> None:
    """``store.bulk_load`` each block of ``blocks``, up to ``threads`` of them at once.

    One bulk load runs on about one core (6M triples: ~30 CPU seconds), and in
    ``kg build`` it is the last output to finish: with two, the loading also uses the
    core the Python writers free once they are done. Concurrent bulk loads into one
    store are safe (each parses its block and ingests SST files of its own; loading
    only adds triples, and the same triple twice is stored once); the loaded triples
    are the same in any order. The first error stops the other threads and is raised.
    """
    import threading

    source = iter(blocks)
    lock = threading.Lock()
    errors: list[BaseException] = []

    def work() -> None:
        while not errors:
            try:
                with lock:
                    block = next(source, None)
                if block is None:
                    return
                store.bulk_load(input=block, format=fmt, lenient=lenient)
            except BaseException as exc:  # raised below, in the caller's thread
                errors.append(exc)
                return

    helpers = [threading.Thread(target=work, name="kg-store-load", daemon=True)
               for _ in range(max(1, threads) - 1)]
    for thread in helpers:
        thread.start()
    work()
    for thread in helpers:
        thread.join()
    if errors:
        raise errors[0]


def line_blocks(path: Path, size: int):
    """``path``'s bytes in blocks of about ``size`` bytes, each ending at a line end (the last
    one at the end of the file)."""
    with open(path, "rb") as fh:
        rest = b""
        while True:
            data = fh.read(size)
            if not data:
                break
            data = rest + data
            cut = data.rfind(b"\n") + 1
            if cut == 0:
                rest = data
                continue
            rest = data[cut:]
            yield data[:cut]
        if rest:
            yield rest


class StoreLoader:
    """:func:`prepare_store` fed with N-Triples blocks while they are being generated.

    A thread loads each block given to :meth:`feed` into a new store beside
    ``store_dir``, ``threads`` blocks at once (see :func:`_load_blocks`; at most
    ``queued`` blocks wait in memory); :meth:`finish` waits for
    it and returns the new store's directory for :func:`install_store`. kg's own
    triples only (no re-validation). If loading fails, :meth:`feed` stops blocking and
    :meth:`finish` raises the error; :meth:`abort` stops the thread and removes the
    new directory.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> loader = StoreLoader(folder / "store")
    >>> loader.feed(b'<https://example.org/a> <https://example.org/b> "c" .\\n')
    >>> new = loader.finish()
    >>> install_store(new, folder / "store") == folder / "store", is_store(folder / "store")
    (True, True)
    """

    _END = object()

    def __init__(self, store_dir: str | os.PathLike, *, queued: int = 3, threads: int = 2):
        import queue
        import threading

        self.store_dir = Path(store_dir)
        self._queue: "queue.Queue" = queue.Queue(maxsize=queued)
        self._error: BaseException | None = None
        self._result: Path | None = None
        self._aborted = False
        self._threads = threads
        self._thread = threading.Thread(target=self._run, name="kg-store", daemon=True)
        self._thread.start()

    def _blocks(self):
        while True:
            block = self._queue.get()
            if block is self._END:
                return
            if self._aborted:
                raise KgError("store load aborted")
            yield block

    def _run(self) -> None:
        try:
            self._result = prepare_store(self._blocks(), self.store_dir, trusted=True, threads=self._threads)
        except BaseException as exc:  # handed to finish()
            self._error = exc
            while True:  # unblock a producer waiting on a full queue
                try:
                    self._queue.get_nowait()
                except Exception:
                    break

    def feed(self, block: bytes) -> None:
        """Queue a block of whole N-Triples lines (blocks while the loader is behind)."""
        import queue

        while self._thread.is_alive():
            try:
                self._queue.put(block, timeout=0.5)
                return
            except queue.Full:
                continue

    def finish(self) -> Path:
        """Wait for the loader; the new store's directory (raises what loading raised)."""
        self._put_end()
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._result

    def abort(self) -> None:
        """Stop loading and remove what was loaded."""
        self._aborted = True
        self._put_end()
        self._thread.join()
        if self._result is not None:
            shutil.rmtree(self._result, ignore_errors=True)
            self._result = None

    def _put_end(self) -> None:
        import queue

        while self._thread.is_alive():
            try:
                self._queue.put(self._END, timeout=0.5)
                return
            except queue.Full:
                continue


def install_store(new_dir: str | os.PathLike, store_dir: str | os.PathLike) -> Path:
    """Swap a store made by :func:`prepare_store` in at ``store_dir`` (two renames).

    Also removes what earlier crashed loads left beside it.
    """
    new_dir, store_dir = Path(new_dir), Path(store_dir)
    _recover(store_dir)
    _swap(new_dir, store_dir)
    for stale in _siblings(store_dir, "new"):  # left by killed loads
        shutil.rmtree(stale, ignore_errors=True)
    return store_dir


def _swap(new_dir: Path, store_dir: Path) -> None:
    old_dir: Path | None = None
    if store_dir.exists():
        old_dir = Path(tempfile.mkdtemp(prefix=f".{store_dir.name}.old-", dir=store_dir.parent))
        os.rmdir(old_dir)  # reserve a unique name, then move the live store there
        os.rename(store_dir, old_dir)
    os.rename(new_dir, store_dir)
    if old_dir is not None:
        shutil.rmtree(old_dir, ignore_errors=True)
    for stale in _siblings(store_dir, "old"):  # left by an earlier crash
        shutil.rmtree(stale, ignore_errors=True)


def open_store(store_dir: str | os.PathLike):
    """Open an Oxigraph store read-only (a :class:`pyoxigraph.Store`).

    Raises
    ------
    InputError
        ``store_dir`` is not an Oxigraph store.
    """
    import pyoxigraph as ox

    store_dir = Path(store_dir)
    if not store_dir.exists():  # a swap in progress (or interrupted): read the old store
        olds = [p for p in _siblings(store_dir, "old") if is_store(p)]
        if olds:
            store_dir = max(olds, key=lambda p: p.stat().st_mtime)
    if not is_store(store_dir):
        raise InputError("not an Oxigraph store (build one with kg build or load_store)",
                         path=str(store_dir))
    try:
        return ox.Store.read_only(str(store_dir))
    except OSError as exc:
        raise InputError(f"cannot open the store: {_one_line(exc)}", path=str(store_dir)) from None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())
