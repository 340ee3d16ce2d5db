"""Regenerate docs/trends-arxiv-2025.md: research trends in the arXiv cs 2025-2026 corpus.

Usage (from the repository root)::

    /work/venv/bin/python bench/trends_arxiv.py \\
        --corpus /work/shared/corpora/arxiv-cs-2025-2026.jsonl.gz --fraction 0.2

Steps: read the corpus with :func:`kg.ingest.read_papers`, keep a deterministic
sample (papers whose ``crc32(id) mod 1000 < 1000 * fraction``, so every month is
sampled alike), extract with :func:`kg.extract.extract_papers` (extractions are
cached in ``--workdir`` keyed by the extractor version, so re-running to tune the
statistic does not re-extract), build the graph, then count, classify and chart
with :mod:`kg.trends` / :mod:`kg.charts` and write the Markdown report and images.
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def sample(papers, fraction: float):
    cut = int(round(1000 * fraction))
    for p in papers:
        if zlib.crc32(p.id.encode()) % 1000 < cut:
            yield p


def extract_cached(papers, cache: Path, workers: int, cached_only: bool = False):
    from kg.extract import extract_papers, extractor_cache_key
    from kg.model import DocExtraction

    key = extractor_cache_key()
    done = {}
    if cache.exists():
        records, clean = [], True
        try:
            with gzip.open(cache, "rt", encoding="utf-8") as f:
                for line in f:
                    records.append(json.loads(line))
        except (EOFError, ValueError, OSError):  # a killed run leaves a truncated stream
            clean = False
        for rec in records:
            if rec["key"] == key:
                done[rec["doc"]["paper_id"]] = DocExtraction.from_dict(rec["doc"])
        if not clean:  # rewrite what was readable, so appends stay readable
            with gzip.open(cache, "wt", encoding="utf-8") as f:
                for rec in records:
                    f.write(json.dumps(rec) + "\n")
        print(f"{len(done)} extractions cached", file=sys.stderr)
    if cached_only:
        return [p for p in papers if p.id in done], [done[p.id] for p in papers if p.id in done], 0, key
    # extract in a hashed order, so an interrupted run leaves a uniform sample cached
    todo = sorted((p for p in papers if p.id not in done), key=lambda p: zlib.crc32(p.id.encode()[::-1]))
    if todo:
        t = time.time()
        with gzip.open(cache, "at", encoding="utf-8") as f:
            for i, doc in enumerate(extract_papers(todo, workers=workers), 1):
                done[doc.paper_id] = doc
                f.write(json.dumps({"key": key, "doc": doc.to_dict()}) + "\n")
                if i % 200 == 0:
                    f.flush()
                if i % 500 == 0:
                    print(f"  extracted {i}/{len(todo)} ({time.time() - t:.0f} s)", file=sys.stderr)
    return papers, [done[p.id] for p in papers], len(todo), key


def md_table(rows, top: int, cls: tuple[str, ...], by: str | None = None) -> str:
    sub = rows[rows["class"].isin(cls)]
    if by is not None:  # largest absolute change first
        sub = sub.reindex(sub[by].abs().sort_values(ascending=False, kind="stable").index)
    sub = sub.head(top)
    if sub.empty:
        return "_none_\n"
    out = ["| # | entity | class | score | log2 ratio | per 1k before → recent | papers | first seen | peak |",
           "|---:|---|---|---:|---:|---|---:|---|---|"]
    for i, r in enumerate(sub.itertuples(index=False), 1):
        d = r._asdict()
        out.append(
            f"| {i} | {d['label']} | {rows.loc[sub.index[i - 1], 'class']} | {d['score']:+.2f} | "
            f"{d['log2_ratio']:+.2f} | {d['earlier_per_1000']:.1f} → {d['recent_per_1000']:.1f} | "
            f"{d['papers']} | {d['first_seen']} | {d['peak_period']} |"
        )
    return "\n".join(out) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="/work/shared/corpora/arxiv-cs-2025-2026.jsonl.gz")
    ap.add_argument("--fraction", type=float, default=0.2, help="share of papers to sample (1 = all)")
    ap.add_argument("--period", default="month", choices=["month", "quarter", "year"])
    ap.add_argument("--min-support", type=int, default=10)
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--workdir", default="/tmp/kg-trends-arxiv")
    ap.add_argument("--cached-only", action="store_true",
                    help="use only the sampled papers already extracted in --workdir (a uniform subsample)")
    ap.add_argument("--out", default=str(ROOT / "docs" / "trends-arxiv-2025.md"))
    ap.add_argument("--img", default=str(ROOT / "docs" / "img" / "trends-arxiv-2025"))
    args = ap.parse_args(argv)

    from kg.charts import trend_charts
    from kg.graph import build_graph
    from kg.ingest import read_papers
    from kg.model import ENTITY_TYPES
    from kg.trends import classify, period_counts, summarize

    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    papers = list(sample(read_papers(args.corpus), args.fraction))
    print(f"{len(papers)} papers sampled", file=sys.stderr)
    sampled = len(papers)
    papers, docs, extracted, key = extract_cached(papers, work / "extractions.jsonl.gz", args.workers,
                                                  args.cached_only)
    t1 = time.time()
    G = build_graph(papers, docs, min_comention=2)
    counts = period_counts(G, args.period)
    classified = classify(counts, min_support=args.min_support)
    summary = summarize(classified)
    t2 = time.time()

    img = Path(args.img)
    img.parent.mkdir(parents=True, exist_ok=True)
    png, svg = img.with_suffix(".png"), img.with_suffix(".svg")
    trend_charts(counts, summary, png, svg, top=6)
    summary.to_csv(work / "trends_summary.csv", index=False)
    import pickle

    with open(work / f"counts-{args.period}-{args.fraction}.pkl", "wb") as f:  # for tuning classify()
        pickle.dump((counts, dict(counts.attrs)), f)

    n_cls = classified["class"].value_counts()
    a = classified.attrs
    out = Path(args.out)
    rel_png = Path(png).relative_to(out.parent) if Path(png).is_relative_to(out.parent) else png
    cmd = (f"/work/venv/bin/python bench/trends_arxiv.py --corpus {args.corpus} --fraction {args.fraction} "
           f"--period {args.period} --min-support {args.min_support} --top {args.top}"
           + (" --cached-only" if args.cached_only else ""))
    lines = [
        "# Research trends in arXiv cs, 2025-03 … 2026-07",
        "",
        "_Generated by `bench/trends_arxiv.py`; do not edit by hand — rerun the command below._",
        "",
        "## How this was made",
        "",
        "```sh",
        cmd,
        "```",
        "",
        f"* corpus: `{Path(args.corpus).name}` (74,728 papers from daily cs.CV/cs.CL listings); "
        f"deterministic {args.fraction:.0%} sample (`crc32(id) mod 1000`): {sampled:,} papers"
        + (f", of which the **{len(papers):,}** extracted so far (extraction runs in a hashed, i.e. "
           "random, order, so they are a uniform subsample)" if len(papers) < sampled else "")
        + f"; **{G.graph['papers']:,} papers in the graph**",
        f"* extractor `{key}` (kg.extract, lexicon + rules): {extracted:,} papers extracted in this run, "
        f"{len(papers) - extracted:,} reused from the extraction cache in `--workdir`; "
        f"graph and trends in {t2 - t1:.1f} s; total {time.time() - t0:.0f} s on {platform.machine()} "
        f"({platform.python_version()})",
        f"* period: {args.period}; periods used: {a['periods'][0]} … {a['periods'][-1]} "
        f"(periods with < 20% of the median paper count are left out); recent window "
        f"{a['recent'][0]} … {a['recent'][-1]} ({a['recent_papers']:,} papers) vs earlier "
        f"{a['earlier'][0]} … {a['earlier'][-1]} ({a['earlier_papers']:,} papers)",
        f"* entities with ≥ {args.min_support} papers classified: {len(classified):,} — "
        + ", ".join(f"{n_cls.get(c, 0)} {c}" for c in ("emerging", "rising", "declining", "stable")),
        "* statistic: see [trends.md](trends.md). `score` = conservative log2 rate ratio (confidence "
        "bound nearest 0, also computed without the peak period); `log2 ratio` = shrunken point estimate.",
        "",
        f"![top rising and declining entities per type]({rel_png})",
        "",
    ]
    for etype in ENTITY_TYPES:
        rows = summary[summary["type"] == etype]
        if rows.empty:
            continue
        small = max(5, args.top * 2 // 3)
        lines += [f"## {etype}", "", f"### Top {args.top} rising / emerging (fastest: by score)", "",
                  md_table(rows, args.top, ("emerging", "rising")),
                  f"### Largest gains among rising / emerging (by change in papers per 1k; top {small})", "",
                  md_table(rows, small, ("emerging", "rising"), by="delta_per_1000"),
                  f"### Top {args.top} declining (fastest: by score)", "",
                  md_table(rows, args.top, ("declining",)),
                  f"### Largest losses among declining (top {small})", "",
                  md_table(rows, small, ("declining",), by="delta_per_1000")]
    lines += ["## Reading", "", "<!-- READING -->", ""]
    text = "\n".join(lines)
    if out.exists():  # keep a hand-written reading section across reruns
        old = out.read_text(encoding="utf-8")
        if "## Reading" in old:
            text = text.split("## Reading")[0] + "## Reading" + old.split("## Reading", 1)[1]
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}, {png}, {svg}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
