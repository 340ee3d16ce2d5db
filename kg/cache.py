"""The extraction cache: rebuild only what changed.

``kg build`` keeps every paper's :class:`~kg.model.DocExtraction` in an SQLite
database, ``OUTDIR/.kg-cache/extract.sqlite``. The next build looks each paper up
by a key that covers everything extraction depends on, and extracts only the
papers it does not find: a corpus that grew by 1% costs about 1% of the
extraction time.

The key is the sha256 of

- the paper text (``title + "\\n\\n" + abstract``, the string offsets index),
- ``kg.extract.EXTRACTOR_VERSION`` and ``kg.extract.lexicon.lexicon_version()``,
- ``kg.__version__``,
- a fingerprint of the extractor's source files and of ``kg/model.py``, so an
  edited rule invalidates the cache even when nobody bumped a version.

A changed lexicon, extractor or kg version therefore gives new keys: old entries
are never read again, and are deleted at the next write (see :meth:`put_many`).

The value is the extraction as zlib-compressed compact JSON (lists, not dicts;
about 770 bytes per arXiv abstract) *without* the text: ``paper_id`` and ``text`` are
rebuilt from the paper, so a paper whose id changed but whose text did not is
still a hit.

The cache is an optimisation and never a reason for a build to fail: a corrupt
file is moved aside and rebuilt, a database locked by another build turns the
cache off for this run, and both are reported with a warning.

Examples
--------
>>> import tempfile
>>> from kg.model import DocExtraction, Mention, Paper
>>> paper = Paper("p1", "LoRA", "We fine-tune with LoRA.")
>>> doc = DocExtraction("p1", paper.text, [(0, 4), (6, 29)],
...                     [Mention(0, 4, "LoRA", "Method", "lora", "LoRA", 0, "lexicon")])
>>> cache = ExtractionCache(tempfile.mkdtemp())
>>> cache.get_many([paper])
{}
>>> cache.put_many([paper], {"p1": doc})
1
>>> cache.get_many([paper])["p1"] == doc
True
>>> cache.close()
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sqlite3
import time
import zlib
from dataclasses import fields
from operator import attrgetter
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from kg.gcpause import gc_paused
from kg.model import DocExtraction, Mention, Paper, Relation, Result

__all__ = ["ExtractionCache", "cache_versions", "CACHE_DIR", "CACHE_FILE", "SCHEMA"]

log = logging.getLogger("kg.cache")

#: the cache folder inside a build's output folder (also holds the store's record: kg.rdf.store_delta)
CACHE_DIR = ".kg-cache"
#: file name inside the cache folder
CACHE_FILE = "extract.sqlite"
#: layout of the database and of the stored JSON; bump when either changes
SCHEMA = 2

_CHUNK = 900  # host parameters per statement (SQLite's old limit is 999)

_DDL = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS extraction (  -- a rowid table: rows this big waste pages WITHOUT ROWID
    key BLOB PRIMARY KEY,      -- sha256(version + text), 32 bytes
    version TEXT NOT NULL,     -- short hash of the versions the key covers
    used REAL NOT NULL,        -- unix time of the build that wrote it
    data BLOB NOT NULL         -- zlib-compressed compact JSON, see _encode
);
CREATE INDEX IF NOT EXISTS extraction_version ON extraction (version);
"""


def cache_versions() -> dict[str, str]:
    """Everything an extraction depends on besides the text, as ``{name: version}``.

    The extractor and the lexicon are imported lazily: the cache works (and
    keys stay safe) while they are missing or older than this module, because
    the source fingerprint still changes whenever their code changes.

    Examples
    --------
    >>> sorted(cache_versions())
    ['extractor', 'kg', 'lexicon', 'schema', 'source']
    """
    import kg

    versions = {"schema": str(SCHEMA), "kg": kg.__version__}
    try:
        from kg.extract import EXTRACTOR_VERSION
    except ImportError:  # extractor missing or older than this module: the fingerprint covers it
        EXTRACTOR_VERSION = "unknown"
    versions["extractor"] = str(EXTRACTOR_VERSION)
    try:
        from kg.extract.lexicon import lexicon_version

        versions["lexicon"] = str(lexicon_version())
    except ImportError:  # no lexicon module yet: the source fingerprint hashes kg/data instead
        versions["lexicon"] = "unknown"
    except Exception as exc:  # e.g. the lexicon file is missing: extraction will say so, not us
        log.debug("lexicon_version() failed: %s", exc)
        versions["lexicon"] = "unavailable"
    versions["source"] = _source_fingerprint()
    return versions


def _source_fingerprint() -> str:
    """sha256 over the extractor's code, the model and the bundled lexicon data."""
    root = Path(__file__).resolve().parent
    paths = [root / "model.py"]
    paths += sorted((root / "extract").rglob("*.py"))
    data = root / "data"
    if data.is_dir():
        paths += sorted(p for p in data.iterdir() if p.is_file() and p.suffix in (".jsonl", ".json", ".txt", ".tsv", ".csv"))
    digest = hashlib.sha256()
    for path in paths:
        with contextlib.suppress(OSError):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
            digest.update(b"\0")
    return digest.hexdigest()[:16]


# -- encoding ---------------------------------------------------------------------------------
# A DocExtraction without its text, as lists in dataclass field order. The field names are part
# of the version (see _layout), so adding a field to kg.model invalidates old entries instead of
# misreading them.


def _layout() -> str:
    return ";".join(",".join(f.name for f in fields(cls)) for cls in (Mention, Relation, Result))


_MENTION = attrgetter(*(f.name for f in fields(Mention)))
_RELATION = attrgetter(*(f.name for f in fields(Relation)))
_RESULT = attrgetter(*(f.name for f in fields(Result)))


def _encode(doc: DocExtraction) -> bytes:
    # attrgetter, not dataclasses.astuple: the latter deep-copies and is ~10x slower.
    # zlib level 6: ~25 us per paper for a third of the size (1.6 KB of JSON -> ~0.6 KB)
    return zlib.compress(json.dumps(
        [
            doc.sentences,
            [_MENTION(m) for m in doc.mentions],
            [_RELATION(r) for r in doc.relations],
            [_RESULT(r) for r in doc.results],
        ],
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode("utf-8"), 6)


def _decode(data: bytes, paper: Paper) -> DocExtraction:
    sentences, mentions, relations, results = json.loads(zlib.decompress(data))
    return DocExtraction(
        paper_id=paper.id,
        text=paper.text,
        sentences=[tuple(s) for s in sentences],
        mentions=[Mention(*m) for m in mentions],
        relations=[Relation(*r) for r in relations],
        results=[Result(*r) for r in results],
    )


def _chunks(items: Sequence, size: int = _CHUNK):
    for i in range(0, len(items), size):
        yield items[i : i + size]


class ExtractionCache:
    """Extractions of papers already seen, in ``folder/extract.sqlite``.

    Parameters
    ----------
    folder
        The cache folder (``kg build`` uses ``OUTDIR/.kg-cache``); created if missing.
    prune
        After :meth:`put_many`, also delete entries that this build did not read or
        write (papers no longer in the input). Entries of other versions are always
        deleted, since they can never be read again.
    timeout
        Seconds to wait for a lock held by another process before giving up on the
        cache for this run.

    Attributes
    ----------
    path : Path
        The database file.
    enabled : bool
        False once the cache gave up (locked, or unusable even after a rebuild);
        lookups then miss and writes are skipped.
    warnings : list of str
        What went wrong, for the build summary (each is also logged).
    """

    def __init__(self, folder: str | os.PathLike, *, prune: bool = False, timeout: float = 5.0):
        self.folder = Path(folder)
        self.path = self.folder / CACHE_FILE
        self.prune_unused = prune
        self.timeout = timeout
        self.warnings: list[str] = []
        self.enabled = True
        self.versions = cache_versions()
        self.version = hashlib.sha256(
            json.dumps([self.versions, _layout()], sort_keys=True).encode()
        ).hexdigest()[:16]
        self._prefix = (self.version + "\0").encode()
        self._seen: set[bytes] = set()
        self._stamp = time.time()
        self._db: sqlite3.Connection | None = None
        self._open()

    # -- public API --------------------------------------------------------------------------

    def key(self, paper: Paper) -> bytes:
        """The cache key of ``paper``: sha256 of the versions and the paper text (32 bytes)."""
        return hashlib.sha256(self._prefix + paper.text.encode("utf-8", "surrogatepass")).digest()

    def get_many(self, papers: Iterable[Paper]) -> dict[str, DocExtraction]:
        """Cached extractions of ``papers``, as ``{paper id: DocExtraction}`` (hits only)."""
        papers = list(papers)
        keyed: dict[bytes, list[Paper]] = {}
        for paper in papers:
            keyed.setdefault(self.key(paper), []).append(paper)
        self._seen.update(keyed)
        if not self._usable() or not keyed:
            return {}
        found: dict[str, DocExtraction] = {}
        try:
            rows = []
            for chunk in _chunks(list(keyed)):
                marks = ",".join("?" * len(chunk))
                rows += self._db.execute(
                    f"SELECT key, data FROM extraction WHERE key IN ({marks})", chunk
                ).fetchall()
        except sqlite3.Error as exc:
            self._failed("could not read", exc)
            return {}
        bad = []
        # decoding creates ~20 objects per paper; with the cyclic GC on, its collections re-scan
        # everything decoded so far and take most of the time (several times slower at 75k papers)
        with gc_paused():
            self._decode_rows(rows, keyed, found, bad)
        if bad:
            self._warn(f"extraction cache: {len(bad)} damaged entries ignored; they will be re-extracted")
        return found

    @staticmethod
    def _decode_rows(rows, keyed: dict[bytes, list[Paper]], found: dict, bad: list) -> None:
        for key, data in rows:
            for paper in keyed[key]:
                try:
                    found[paper.id] = _decode(data, paper)
                except (ValueError, TypeError, zlib.error) as exc:  # a damaged row is a miss, not an error
                    bad.append(key)
                    log.debug("cache entry %s unreadable: %s", bytes(key).hex(), exc)
                    break

    def put_many(self, papers: Iterable[Paper], fresh: Mapping[str, DocExtraction]) -> int:
        """Store the ``fresh`` extractions (``{paper id: DocExtraction}``) of ``papers``.

        One transaction: it also deletes entries of other versions (never readable
        again) and, with ``prune=True``, entries this build did not use (see
        :meth:`prune`). Returns the number of entries written.
        """
        papers = list(papers)
        rows = []
        for paper in papers:
            key = self.key(paper)
            self._seen.add(key)
            doc = fresh.get(paper.id)
            if doc is not None:
                rows.append((key, self.version, self._stamp, _encode(doc)))
        if not self._usable():
            return 0
        try:
            with self._db:  # one transaction: all or nothing
                # stale versions first: their pages are then reused instead of growing the file
                self._db.execute("DELETE FROM extraction WHERE version != ?", (self.version,))
                self._db.executemany(
                    "INSERT OR REPLACE INTO extraction (key, version, used, data) VALUES (?, ?, ?, ?)",
                    rows,
                )
                if self.prune_unused:
                    self._delete_unseen()
        except sqlite3.Error as exc:
            self._failed("could not write", exc)
            return 0
        return len(rows)

    def prune(self) -> int:
        """Delete entries of other versions and entries not used by this cache object.

        "Used" means looked up with :meth:`get_many` or written with :meth:`put_many`
        since this object was opened: after a build, what is left is exactly the
        extractions of that build's papers. Returns the number of entries deleted.
        """
        if not self._usable():
            return 0
        try:
            with self._db:
                before = self._db.execute("SELECT count(*) FROM extraction").fetchone()[0]
                self._db.execute("DELETE FROM extraction WHERE version != ?", (self.version,))
                self._delete_unseen()
                after = self._db.execute("SELECT count(*) FROM extraction").fetchone()[0]
        except sqlite3.Error as exc:
            self._failed("could not prune", exc)
            return 0
        return before - after

    def _delete_unseen(self) -> None:
        """Inside a transaction: delete rows whose key this object never saw."""
        self._db.execute("CREATE TEMP TABLE IF NOT EXISTS seen (key BLOB PRIMARY KEY)")
        self._db.execute("DELETE FROM seen")
        self._db.executemany("INSERT OR IGNORE INTO seen VALUES (?)", ((k,) for k in self._seen))
        self._db.execute("DELETE FROM extraction WHERE key NOT IN (SELECT key FROM seen)")
        self._db.execute("DELETE FROM seen")

    def __len__(self) -> int:
        if not self._usable():
            return 0
        try:
            return self._db.execute("SELECT count(*) FROM extraction").fetchone()[0]
        except sqlite3.Error:
            return 0

    def close(self) -> None:
        """Close the database (also done when the object is garbage-collected)."""
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None

    def __enter__(self) -> "ExtractionCache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self):  # pragma: no cover - best effort
        with contextlib.suppress(Exception):
            self.close()

    def __repr__(self) -> str:
        state = "" if self.enabled else ", disabled"
        return f"ExtractionCache({str(self.folder)!r}{state})"

    # -- opening, checking, recovering -------------------------------------------------------

    def _open(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._disable(f"extraction cache disabled: cannot create {self.folder}: {exc}")
            return
        try:
            self._db = self._connect()
            return
        except sqlite3.OperationalError as exc:
            if _is_locked(exc):
                self._disable(f"extraction cache disabled for this build: {self.path} is locked "
                              f"by another process ({exc})")
                return
            reason = exc
        except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed"
            reason = exc
        self._rebuild(reason)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=self.timeout, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
            row = db.execute("SELECT value FROM meta WHERE name = 'schema'").fetchone()
            if row is not None and row[0] != str(SCHEMA):
                # written by another kg version: its entries could never be read; start over
                log.info("extraction cache %s has layout %s, kg uses %s: starting it afresh",
                         self.path, row[0], SCHEMA)
                db.executescript("DROP TABLE IF EXISTS extraction; DELETE FROM meta; VACUUM;")
                row = None
            db.executescript(_DDL)
            if row is None:
                with db:
                    db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA),))
            # a cheap structural check: catches truncated and overwritten files early
            check = db.execute("PRAGMA quick_check(1)").fetchone()
            if check is None or check[0] != "ok":
                raise sqlite3.DatabaseError(f"integrity check failed: {check and check[0]}")
        except BaseException:
            db.close()
            raise
        return db

    def _rebuild(self, reason: BaseException) -> None:
        """Move the damaged database aside and start an empty one."""
        self.close()
        aside = self.path.with_name(f"{CACHE_FILE}.corrupt")
        self._warn(f"extraction cache {self.path} is unusable ({reason}); moved to {aside.name} "
                   "and rebuilt: every paper will be re-extracted")
        try:
            os.replace(self.path, aside)
        except FileNotFoundError:
            pass
        except OSError as exc:
            self._disable(f"extraction cache disabled: cannot move {self.path} aside: {exc}")
            return
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(OSError):
                self.path.with_name(CACHE_FILE + suffix).unlink()
        try:
            self._db = self._connect()
        except sqlite3.Error as exc:
            self._disable(f"extraction cache disabled: cannot create {self.path}: {exc}")

    def _usable(self) -> bool:
        return self.enabled and self._db is not None

    def _failed(self, what: str, exc: sqlite3.Error) -> None:
        """An error during a read or write: locked -> give up for this run; else rebuild."""
        if isinstance(exc, sqlite3.OperationalError) and _is_locked(exc):
            self._disable(f"extraction cache disabled for this build: {what} {self.path}, "
                          f"locked by another process ({exc})")
            return
        self._rebuild(exc)

    def _disable(self, message: str) -> None:
        self.enabled = False
        self.close()
        self._warn(message)

    def _warn(self, message: str) -> None:
        self.warnings.append(message)
        log.warning(message)


def _is_locked(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text
