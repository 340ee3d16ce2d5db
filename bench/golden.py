"""Golden output of the extractor, to check that a performance change changes nothing.

Usage::

    python bench/golden.py CORPUS.jsonl.gz --out /tmp/golden-base.jsonl   # before the change
    python bench/golden.py CORPUS.jsonl.gz --out /tmp/golden-new.jsonl    # after it
    python bench/golden.py --compare /tmp/golden-base.jsonl /tmp/golden-new.jsonl

Extracts ``--n`` corpus abstracts taken after ``--skip`` records, plus the seed
papers in ``seeds/``, with :func:`kg.extract.extract_papers` and writes every
``DocExtraction.to_dict()`` as one JSON line (keys sorted). ``--compare`` reports
the first papers whose mentions, relations, results or sentences differ.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def papers(corpus: str, skip: int, n: int) -> list:
    """The corpus slice and the seed papers, in that order."""
    from kg.ingest import read_papers
    from kg.model import Paper

    opener = gzip.open if corpus.endswith(".gz") else open
    with opener(corpus, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in itertools.islice(f, skip, skip + n)]
    out = [Paper(id=r["id"], title=r.get("title", ""), abstract=r.get("abstract", "")) for r in rows]
    return out + list(read_papers(ROOT / "seeds"))


def write(corpus: str, out: str, skip: int, n: int) -> None:
    from kg.extract import extract_papers

    with open(out, "w", encoding="utf-8") as f:
        for ex in extract_papers(papers(corpus, skip, n)):
            f.write(json.dumps(ex.to_dict(), sort_keys=True, ensure_ascii=False) + "\n")


def compare(a: str, b: str, show: int = 5) -> int:
    """Number of papers whose extraction differs (prints the first ``show`` differences)."""
    with open(a, encoding="utf-8") as fa, open(b, encoding="utf-8") as fb:
        la, lb = fa.readlines(), fb.readlines()
    if len(la) != len(lb):
        print(f"different number of papers: {len(la)} vs {len(lb)}")
        return max(len(la), len(lb))
    bad = 0
    for x, y in zip(la, lb):
        if x == y:
            continue
        bad += 1
        if bad <= show:
            dx, dy = json.loads(x), json.loads(y)
            keys = [k for k in dx if dx[k] != dy.get(k)]
            print(f"{dx.get('paper_id')}: differs in {keys}")
            for k in keys:
                if isinstance(dx[k], list):
                    sx = {json.dumps(v, sort_keys=True) for v in dx[k]}
                    sy = {json.dumps(v, sort_keys=True) for v in dy[k]}
                    for v in sorted(sx - sy)[:3]:
                        print(f"   - {v}")
                    for v in sorted(sy - sx)[:3]:
                        print(f"   + {v}")
    print(f"{bad} of {len(la)} papers differ")
    return bad


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?")
    ap.add_argument("--out")
    ap.add_argument("--skip", type=int, default=20000)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--compare", nargs=2, metavar=("BASE", "NEW"))
    args = ap.parse_args()
    if args.compare:
        sys.exit(1 if compare(*args.compare) else 0)
    if not (args.corpus and args.out):
        ap.error("CORPUS and --out are required unless --compare is given")
    write(args.corpus, args.out, args.skip, args.n)


if __name__ == "__main__":
    main()
