"""Profile kg's extractor and build: where does the time go?

Not a test. Two modes::

    # per-component CPU time of the extraction pipeline, plus a cProfile top list
    python bench/profile_kg.py extract --corpus corpus.jsonl.gz --papers 2000

    # pyinstrument profile of a whole kg.pipeline.build (single process, so every
    # stage shows up), text report on stdout and an HTML report next to --out
    python bench/profile_kg.py build --corpus corpus.jsonl.gz --papers 10000 --out bench/results/profile-build

The findings and the numbers they gave are in docs/performance.md.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import io
import pstats
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path


def first_lines(corpus: Path, n: int, folder: Path) -> Path:
    """The first ``n`` lines of a JSONL(.gz) corpus, as a plain JSONL file."""
    out = folder / f"first-{n}.jsonl"
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if i == n:
                break
            dst.write(line)
    return out


def profile_extract(path: Path, top: int) -> None:
    from kg.extract import build_nlp, doc_to_extraction
    from kg.ingest import read_papers

    papers = list(read_papers([path]))
    nlp = build_nlp()
    for p in papers[:50]:  # warm the tokenizer cache and lazy imports
        doc_to_extraction(nlp(p.text), p.id)
    clock = time.process_time
    spent: dict[str, float] = defaultdict(float)
    for p in papers:
        t = clock()
        doc = nlp.make_doc(p.text)
        spent["tokenizer"] += clock() - t
        for name, proc in nlp.pipeline:
            t = clock()
            doc = proc(doc)
            spent[name] += clock() - t
        t = clock()
        doc_to_extraction(doc, p.id)
        spent["doc_to_extraction (+ relations)"] += clock() - t
    total = sum(spent.values())
    print(f"{len(papers)} papers: {total:.2f} CPU s, {len(papers) / total:.0f} papers per CPU second")
    for name, sec in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:34} {sec:7.2f} s {sec / total:7.1%}  {sec / len(papers) * 1e6:7.0f} us/paper")

    from kg.extract import extract_papers

    prof = cProfile.Profile()
    prof.enable()
    list(extract_papers(papers, nlp=nlp))
    prof.disable()
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(top)
    print(buf.getvalue())


def profile_build(path: Path, out: Path | None) -> None:
    from pyinstrument import Profiler

    from kg.pipeline import build

    outdir = Path(tempfile.mkdtemp(prefix="kg-profile-build-"))
    try:
        prof = Profiler(interval=0.005)
        prof.start()
        summary = build([path], outdir, workers=1, store=outdir / "store", cache=False)
        prof.stop()
    finally:
        shutil.rmtree(outdir, ignore_errors=True)
    print(summary.format())
    print(prof.output_text(unicode=False, color=False, show_all=False))
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.with_suffix(".html").write_text(prof.output_html())
        out.with_suffix(".txt").write_text(prof.output_text(unicode=False, color=False))
        print(f"wrote {out.with_suffix('.html')} and .txt")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mode", choices=["extract", "build"])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--papers", type=int, default=2000)
    ap.add_argument("--top", type=int, default=25, help="functions in the cProfile list")
    ap.add_argument("--out", type=Path, help="build mode: write <out>.html and <out>.txt")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kg-profile-") as tmp:
        path = first_lines(args.corpus, args.papers, Path(tmp))
        if args.mode == "extract":
            profile_extract(path, args.top)
        else:
            profile_build(path, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
