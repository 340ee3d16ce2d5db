"""Check that two ``kg build`` output folders hold the same outputs.

    python bench/compare_builds.py DIR_A DIR_B

Every output file must be byte-identical except the build timestamp, which two builds
of the same input by the same code differ in, and only there:

- graph.nt / graph.ttl: the object of the one ``prov:endedAtTime`` triple;
- graph.graphml: the graph attribute ``created`` (one ``<data>`` element);
- graph.html: ``"created": "..."`` in the embedded data (once).

Each of these is replaced by a placeholder exactly once per file (a count other than
one is itself reported as a difference), then the bytes are compared. The stores
(``store/``) are compared as sets of triples, without the ``endedAtTime`` triple.
Dot files and dot folders (the extraction cache) are not outputs and are skipped.
Exit status 0 when everything is the same, 1 otherwise.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_TS = rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:\+00:00|Z)?"
#: file name -> the pattern of its one timestamp (group 1 and 2 are kept)
_STAMPS = {
    "graph.nt": re.compile(rb'(<http://www\.w3\.org/ns/prov#endedAtTime> ")' + _TS + rb'(")'),
    "graph.ttl": re.compile(rb'(prov:endedAtTime ")' + _TS + rb'(")'),
    "graph.graphml": re.compile(rb'(<data key="d\d+">)' + _TS + rb"(</data>)"),
    "graph.html": re.compile(rb'("created": ")' + _TS + rb'(")'),
}


def _normalised(path: Path) -> tuple[bytes, str | None]:
    data = path.read_bytes()
    pattern = _STAMPS.get(path.name)
    if pattern is None:
        return data, None
    data, n = pattern.subn(rb"\1<TIMESTAMP>\2", data, count=2)
    return data, None if n == 1 else f"{path}: {n} timestamps where 1 was expected"


def _store_triples(path: Path) -> set[tuple[str, str, str]]:
    import pyoxigraph as ox

    store = ox.Store.read_only(str(path))
    try:
        return {(str(q.subject), str(q.predicate), str(q.object))
                for q in store.quads_for_pattern(None, None, None)
                if not str(q.predicate).endswith("endedAtTime>")}
    finally:
        del store


def _first_difference(x: bytes, y: bytes, step: int = 1 << 16) -> int:
    for i in range(0, min(len(x), len(y)), step):
        if x[i:i + step] != y[i:i + step]:
            return i + next(j for j, (p, q) in enumerate(zip(x[i:i + step], y[i:i + step])) if p != q)
    return min(len(x), len(y))


def compare(a: Path, b: Path) -> list[str]:
    """The differences between build folders ``a`` and ``b`` (empty: the same outputs)."""
    problems: list[str] = []
    names_a = {p.name for p in a.iterdir() if not p.name.startswith(".")}
    names_b = {p.name for p in b.iterdir() if not p.name.startswith(".")}
    for name in sorted(names_a ^ names_b):
        problems.append(f"only in {a if name in names_a else b}: {name}")
    for name in sorted(names_a & names_b):
        pa, pb = a / name, b / name
        if pa.is_dir() or pb.is_dir():
            if (pa / "CURRENT").is_file() and (pb / "CURRENT").is_file():
                ta, tb = _store_triples(pa), _store_triples(pb)
                if ta != tb:
                    problems.append(f"{name}: stores differ ({len(ta - tb)} triples only in A, "
                                    f"{len(tb - ta)} only in B)")
                else:
                    print(f"same  {name} ({len(ta):,} triples)")
            else:
                problems.append(f"{name}: a folder that is not a store on both sides")
            continue
        da, note_a = _normalised(pa)
        db, note_b = _normalised(pb)
        problems += [n for n in (note_a, note_b) if n]
        if da != db:
            at = _first_difference(da, db)
            problems.append(f"{name}: differs at byte {at} (sizes {len(da):,} / {len(db):,})")
        else:
            print(f"same  {name} ({len(da):,} bytes)")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    problems = compare(Path(argv[0]), Path(argv[1]))
    for p in problems:
        print("DIFF  " + p)
    print("identical outputs" if not problems else f"{len(problems)} difference(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
