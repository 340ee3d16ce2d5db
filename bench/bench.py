"""kg's benchmark: extraction throughput, build time and memory, SPARQL latency, incremental builds.

Not a pytest test. One command measures everything and writes one JSON file::

    python bench/bench.py --corpus /work/shared/corpora/arxiv-cs-2025-2026.jsonl.gz \\
        --sizes 10000 74728 --out bench/results/$(hostname)-$(date +%F).json

What it measures (see bench/README.md for how to read the table):

a. the spaCy ``blank("en")`` tokenizer alone over the paper texts of the first size:
   the ceiling any spaCy-based extractor can reach on one core;
b. extraction throughput: the library (``kg.extract.extract_papers``, one process, entities
   only as ``kg extract`` runs it, then with relations as ``kg build`` runs it;
   pipeline already built) and ``kg extract`` (command line, wall time including
   start-up) with ``--workers 1`` and ``--workers 2``; each as a ratio to (a);
c. end-to-end ``kg build --workers 2 --store`` wall time, per-stage times and peak
   memory (RSS summed over the whole process tree, sampled every 0.1 s) per size,
   each in a fresh output folder (so the extraction cache starts empty);
d. latency of every example query in ``docs/queries/*.rq`` on the largest store
   (first run and median of the next runs, each query in a fresh process);
e. an incremental rebuild: a build of the largest corpus without its newest 1% of
   papers (by date), then the same ``kg build`` command on the whole corpus in that
   folder (outputs, store and extraction cache of "yesterday"), timed against the
   full build. ``--skip extract queries`` measures just the full build and this.

The corpus is a JSONL(.gz) file of ``{"id", "title", "abstract", "date", ...}``
lines; a size below the corpus size takes its first lines.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import shutil
import shlex
import statistics
import subprocess
import sys
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "docs" / "queries"
PACKAGES = ("kg", "spacy", "networkx", "rdflib", "pyoxigraph", "oxigraph", "pyahocorasick", "dask",
            "distributed", "pandas", "psutil")
TARGETS = {
    "extract_ratio": 0.50,  # single-process extraction >= 50% of tokenizer throughput
    "build_seconds": 180.0,  # 75k abstracts, --workers 2
    "build_rss_gb": 4.0,
    "query_seconds": 1.0,
    "incremental_ratio": 0.10,
}


# -- machine ------------------------------------------------------------------------------------


def machine() -> dict:
    """CPU, memory, OS, Python and package versions."""
    from importlib import metadata

    info = {
        "nproc": os.cpu_count(),
        "affinity": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "cpu": platform.processor() or "",
        "ram_gb": None,
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "packages": {},
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        # other work on the machine skews every number: recorded at the start and the end
        "loadavg_start": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None,
    }
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["ram_gb"] = round(int(line.split()[1]) / 1024**2, 1)
    except OSError:
        pass
    for name in PACKAGES:
        try:
            info["packages"][name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            info["packages"][name] = None
    try:
        info["kg_commit"] = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                                           capture_output=True, text=True).stdout.strip() or None
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "kg"],
                               capture_output=True, text=True).stdout.strip()
        info["kg_dirty"] = bool(dirty)
    except OSError:
        pass
    return info


# -- corpus -------------------------------------------------------------------------------------


def corpus_lines(path: Path) -> int:
    with _open(path) as fh:
        return sum(1 for line in fh if line.strip())


def _open(path: Path):
    return gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else open(path, encoding="utf-8")


def subset(corpus: Path, size: int, total: int, workdir: Path) -> Path:
    """The first ``size`` lines of ``corpus`` (the corpus itself when it has no more)."""
    if size >= total:
        return corpus
    out = workdir / f"corpus-{size}.jsonl"
    if not out.exists():
        with _open(corpus) as src, open(out, "w", encoding="utf-8") as dst:
            n = 0
            for line in src:
                if line.strip():
                    dst.write(line)
                    n += 1
                    if n == size:
                        break
    return out


def read_papers(path: Path):
    from kg.ingest import read_papers as _read

    return list(_read([path]))


# -- measurements -------------------------------------------------------------------------------


def paired_rates(papers, *, block: int = 500) -> tuple[dict, dict]:
    """(a) and (b) for the throughput target, measured side by side: blocks of ``block`` texts,
    each tokenized by spaCy's ``blank("en")`` tokenizer and then extracted by
    ``kg.extract.extract_papers`` (entities, as ``kg extract``), the times summed per side.

    Measured one after the other (3 s of tokenizer, then 6 s of extraction), the two rates
    met different machines whenever the shared machine's speed drifted between them: on
    this 2-core VM the same code measured 47% and 53% a minute apart. Interleaved, both
    sides see the same load; the ratio is the target's measure. The ceiling tokenizer and
    kg's own tokenizer are separate objects with separate caches, so neither warms the other.
    """
    import spacy

    from kg.extract import build_nlp, extract_papers

    tok = spacy.blank("en").tokenizer
    t0 = time.perf_counter()
    nlp = build_nlp()
    build_s = time.perf_counter() - t0
    for p in papers[:200]:  # warm up both sides
        tok(p.text)
    list(extract_papers(papers[:200], nlp=nlp, relations=False))
    tok_s = ext_s = 0.0
    tokens = mentions = 0
    for i in range(0, len(papers), block):
        chunk = papers[i:i + block]
        t0 = time.perf_counter()
        for p in chunk:
            tokens += len(tok(p.text))
        t1 = time.perf_counter()
        for doc in extract_papers(chunk, nlp=nlp, relations=False):
            mentions += len(doc.mentions)
        t2 = time.perf_counter()
        tok_s += t1 - t0
        ext_s += t2 - t1
    n = len(papers)
    method = f"interleaved with the other side in blocks of {block} texts"
    return ({"papers": n, "seconds": round(tok_s, 2), "papers_per_s": round(n / tok_s, 1),
             "tokens_per_paper": round(tokens / n, 1), "method": method},
            {"papers": n, "seconds": round(ext_s, 2), "papers_per_s": round(n / ext_s, 1),
             "nlp_build_seconds": round(build_s, 2), "mentions_per_paper": round(mentions / n, 2), "method": method})


def library_extract_rate(papers, *, relations: bool = False) -> dict:
    """(b) kg.extract.extract_papers in this process, pipeline built before timing.

    ``relations=False`` is what ``kg extract`` runs (it writes entities only): the
    throughput target's measure; ``True`` is the extraction ``kg build`` runs.
    """
    from kg.extract import build_nlp, extract_papers

    t0 = time.perf_counter()
    nlp = build_nlp()
    build_s = time.perf_counter() - t0
    list(extract_papers(papers[:200], nlp=nlp, relations=relations))  # warm up
    t0 = time.perf_counter()
    mentions = 0
    for doc in extract_papers(papers, nlp=nlp, relations=relations):
        mentions += len(doc.mentions)
    sec = time.perf_counter() - t0
    return {"papers": len(papers), "seconds": round(sec, 2), "papers_per_s": round(len(papers) / sec, 1),
            "nlp_build_seconds": round(build_s, 2), "mentions_per_paper": round(mentions / len(papers), 2)}


class TreeMemory:
    """Peak RSS of a process and all its descendants (summed), sampled in a thread."""

    def __init__(self, pid: int, interval: float = 0.1):
        import psutil

        self.proc = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self.peak_single = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        import psutil

        while not self._stop.is_set():
            try:
                procs = [self.proc] + self.proc.children(recursive=True)
            except psutil.Error:
                break
            total = 0
            for p in procs:
                try:
                    rss = p.memory_info().rss
                except psutil.Error:
                    continue
                total += rss
                self.peak_single = max(self.peak_single, rss)
            self.peak = max(self.peak, total)
            self._stop.wait(self.interval)

    def stop(self):
        self._stop.set()
        self._thread.join()


def run_timed(cmd: list[str], *, log: Path, timeout: float | None = None) -> dict:
    """Run ``cmd``; wall time, CPU time, exit code, peak tree RSS, and its stdout.

    CPU time (user + system of the process and every descendant it waited for) does not
    grow when other work competes for the cores, unlike wall time: on a busy machine,
    compare CPU times.
    """
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    with open(log, "w") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, text=True,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"})
        mem = TreeMemory(proc.pid)
        try:
            out, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
        finally:
            mem.stop()
    sec = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"cmd": " ".join(cmd), "seconds": round(sec, 2), "cpu_seconds": round(cpu, 1),
            "returncode": proc.returncode,
            "peak_rss_mb": round(mem.peak / 2**20), "peak_rss_single_mb": round(mem.peak_single / 2**20),
            "stdout": out}


def kg_cmd() -> list[str]:
    """The ``kg`` script beside this Python (its venv), else the one on PATH."""
    beside = Path(sys.executable).parent / "kg"
    return [str(beside)] if beside.exists() else [shutil.which("kg") or "kg"]


def cli_extract(path: Path, workers: int, workdir: Path, n: int) -> dict:
    """(b) ``kg extract`` wall time (start-up and pipeline build included)."""
    out = workdir / f"extract-w{workers}.jsonl"
    res = run_timed(kg_cmd() + ["-q", "extract", str(path), "-o", str(out), "--workers", str(workers)],
                    log=workdir / f"extract-w{workers}.log")
    res.pop("stdout")
    res["papers"] = n
    res["papers_per_s"] = round(n / res["seconds"], 1)
    return res


_TIME_LINE = re.compile(r"^time\s+([\d.]+) s \((.*)\)", re.M)
_CACHE_LINE = re.compile(r"^cache\s+(\d+) of (\d+)", re.M)
_STORE_LINE = re.compile(r"^store\s+(.*)$", re.M)


def kg_build(path: Path, outdir: Path, workers: int, n: int, log: Path) -> dict:
    """(c) ``kg build PATH -o OUTDIR --workers W --store OUTDIR/store``."""
    res = run_timed(kg_cmd() + ["build", str(path), "-o", str(outdir), "--workers", str(workers),
                                "--store", str(outdir / "store")], log=log)
    stdout = res.pop("stdout") or ""
    res["papers"] = n
    m = _TIME_LINE.search(stdout)
    if m:
        res["stages"] = {k: float(v) for k, v in (part.rsplit(" ", 1) for part in m.group(2).split(", "))}
    m = _CACHE_LINE.search(stdout)
    res["cached_papers"] = int(m.group(1)) if m else 0
    m = _STORE_LINE.search(stdout)
    if m:
        res["store_note"] = m.group(1)  # loaded in full, or updated from the previous build
    res["summary"] = stdout.strip().splitlines()[:4]
    cache_file = outdir / ".kg-cache" / "extract.sqlite"
    if cache_file.exists():
        res["cache_mb"] = round(cache_file.stat().st_size / 2**20, 1)
    store = outdir / "store"
    if store.exists():
        res["store_mb"] = round(sum(f.stat().st_size for f in store.rglob("*") if f.is_file()) / 2**20, 1)
    if res["returncode"] != 0:
        res["error"] = log.read_text()[-2000:]
    return res


_RUN_LINE = re.compile(r"^# Run:.*$", re.M)
def documented_bindings(rq: Path) -> dict[str, str]:
    """The ``--bind name=value`` pairs of the query's ``# Run:`` example line (shell-quoted)."""
    m = _RUN_LINE.search(rq.read_text())
    words = shlex.split(m.group(0)) if m else []
    return dict(w.split("=", 1) for prev, w in zip(words, words[1:]) if prev == "--bind")


def query_latencies(store: Path, repeat: int, timeout: float = 60.0) -> list[dict]:
    """(d) each docs/queries/*.rq on ``store``, each in a fresh process (cold first run).

    Every query runs with the bindings of its documented example (how it is meant
    to be used) and, when it has parameters, once more unbound (every row: the
    worst case), in a child process limited to ``timeout`` seconds and 3 GB.
    """
    out = []
    for rq in sorted(QUERIES.glob("*.rq")):
        binds = documented_bindings(rq)
        variants = [("bound", binds)] + ([("unbound", {})] if binds else [])
        for mode, b in variants:
            cmd = [sys.executable, str(Path(__file__).resolve()), "--_query", str(store), str(rq),
                   "--_repeat", str(repeat if mode == "bound" else 0), "--_bind", json.dumps(b)]
            try:
                proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
                lines = proc.stdout.strip().splitlines()
                res = json.loads(lines[-1]) if proc.returncode == 0 and lines else {
                    "error": (proc.stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1][:300]}
            except subprocess.TimeoutExpired:
                res = {"error": f"timeout after {timeout:.0f} s"}
            res.update(query=rq.stem, mode=mode, bindings=b)
            out.append(res)
    return out


def _query_child(store: str, rq: str, repeat: int, bindings: dict) -> None:
    import resource

    from kg.rdf.queries import run_query
    from kg.rdf.store import open_store

    limit = 3 * 2**30  # an exploding result must not take the machine down
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    text = Path(rq).read_text()
    t0 = time.perf_counter()
    st = open_store(store)
    open_s = time.perf_counter() - t0
    times = []
    rows = 0
    for _ in range(1 + repeat):
        t0 = time.perf_counter()
        _, result = run_query(st, text, bindings=bindings or None)
        times.append(time.perf_counter() - t0)
        rows = len(result)
    print(json.dumps({"rows": rows, "open_s": round(open_s, 3), "first_s": round(times[0], 4),
                      "median_s": round(statistics.median(times[1:] or times), 4), "max_s": round(max(times), 4)}))


def incremental(path: Path, full_out: Path, workdir: Path, workers: int, n: int, fraction: float) -> dict:
    """(e) rebuild after the newest ``fraction`` of papers arrive.

    Yesterday's state is made by building the corpus without its newest papers (by
    date, then id) in a folder seeded with the full build's extraction cache: that
    build extracts nothing and its cache pruning drops the newest papers' entries,
    so the folder then holds exactly what a build of the smaller corpus leaves
    (outputs, store, cache). Today's build of the whole corpus there is timed.
    """
    inc = workdir / "incremental"
    if inc.exists():
        shutil.rmtree(inc)
    inc.mkdir(parents=True)
    shutil.copytree(full_out / ".kg-cache", inc / ".kg-cache")
    papers = read_papers(path)
    order = sorted(range(len(papers)), key=lambda i: (papers[i].date or "", papers[i].id))
    new = {papers[i].id for i in order[-max(1, round(len(papers) * fraction)):]}
    older = workdir / f"corpus-{n}-without-newest.jsonl"
    with _open(path) as src, open(older, "w", encoding="utf-8") as dst:
        kept = 0
        for line in src:
            if line.strip() and _line_id(line) not in new:
                dst.write(line)
                kept += 1
    before = kg_build(older, inc, workers, kept, workdir / "build-incremental-before.log")
    res = kg_build(path, inc, workers, n, workdir / "build-incremental.log")
    res["new_papers"] = n - kept
    res["before"] = {k: before.get(k) for k in ("seconds", "cpu_seconds", "stages", "cached_papers",
                                                 "returncode", "peak_rss_mb", "store_note")}
    return res


def _line_id(line: str) -> str:
    """The paper id kg gives a JSONL record (its reader's rules: see kg.ingest)."""
    from kg.ingest.records import record_to_paper

    return record_to_paper(json.loads(line))[0].id


# -- report -------------------------------------------------------------------------------------


def table(results: dict) -> str:
    lines = []
    m = results["machine"]
    lines.append(f"machine: {m['cpu']}, {m['nproc']} cores, {m['ram_gb']} GB RAM, Python {m['python']}, "
                 f"spaCy {m['packages'].get('spacy')}, pyoxigraph {m['packages'].get('pyoxigraph')}")
    ex = results.get("extract", {})
    tok = ex.get("tokenizer", {}).get("papers_per_s")
    if tok:
        lines.append("")
        lines.append(f"{'extraction (' + str(ex['tokenizer']['papers']) + ' abstracts)':<44} {'papers/s':>9} "
                     f"{'vs tokenizer':>13}")
        rows = [("spaCy blank('en') tokenizer (ceiling)", ex["tokenizer"]),
                ("kg extract path (library, entities), 1 proc", ex.get("library")),
                ("kg build path (+ relations), 1 process", ex.get("library_relations")),
                ("kg extract --workers 1 (wall)", ex.get("cli_w1")),
                ("kg extract --workers 2 (wall)", ex.get("cli_w2"))]
        for name, r in rows:
            if r and r.get("papers_per_s"):
                lines.append(f"  {name:<42} {r['papers_per_s']:>9.0f} {r['papers_per_s'] / tok:>12.0%}")
    if results.get("build"):
        lines.append("")
        lines.append(f"{'kg build --workers 2 --store':<30} {'papers':>7} {'wall s':>8} {'CPU s':>7} {'peak RSS':>9}  stages (wall s)")
        for r in results["build"]:
            stages = ", ".join(f"{k} {v:.0f}" for k, v in r.get("stages", {}).items())
            lines.append(f"  {'full' if not r.get('new_papers') else 'incremental +' + str(r['new_papers']):<28} "
                         f"{r['papers']:>7} {r['seconds']:>8.1f} {r.get('cpu_seconds', float('nan')):>7.0f} "
                         f"{r['peak_rss_mb'] / 1024:>7.2f} GB  {stages}"
                         + ("" if r["returncode"] == 0 else f"  FAILED rc={r['returncode']}"))
    inc = results.get("incremental")
    if inc:
        lines.append(f"  {'incremental +' + str(inc['new_papers']) + ' (1%)':<28} {inc['papers']:>7} "
                     f"{inc['seconds']:>8.1f} {inc.get('cpu_seconds', float('nan')):>7.0f} "
                     f"{inc['peak_rss_mb'] / 1024:>7.2f} GB  "
                     + ", ".join(f"{k} {v:.0f}" for k, v in inc.get("stages", {}).items()))
        lines.append(f"  incremental / full = {inc.get('ratio_to_full', float('nan')):.0%} "
                     f"({inc.get('cached_papers')} papers reused; store {inc.get('store_note', '?')})")
    if results.get("queries"):
        lines.append("")
        lines.append(f"{'SPARQL on the ' + str(results.get('query_store_papers')) + '-paper store':<36} "
                     f"{'rows':>8} {'first s':>8} {'median s':>9}   {'unbound: rows':>14} {'s':>7}")
        unbound = {q["query"]: q for q in results["queries"] if q.get("mode") == "unbound"}
        for q in results["queries"]:
            if q.get("mode") == "unbound":
                continue
            name = q["query"] + ("" if not q.get("bindings") else " (" + ",".join(
                f"{k}={v}" for k, v in q["bindings"].items()) + ")")
            if "error" in q:
                row = f"  {name[:34]:<34} ERROR {q['error']}"
            else:
                row = f"  {name[:34]:<34} {q['rows']:>8} {q['first_s']:>8.3f} {q['median_s']:>9.3f}"
            u = unbound.get(q["query"])
            if u:
                row += (f"   {'ERROR ' + u['error'][:30]:>22}" if "error" in u
                        else f"   {u['rows']:>14} {u['first_s']:>7.2f}")
            lines.append(row)
    if results.get("targets"):
        lines.append("")
        lines.append("targets: " + "; ".join(f"{k} {'OK' if ok else 'MISSED'}" for k, ok in results["targets"].items()))
    return "\n".join(lines)


def check_targets(results: dict) -> dict:
    out = {}
    ex = results.get("extract", {})
    if ex.get("tokenizer") and ex.get("library"):
        out["extract >= 50% of tokenizer"] = ex["library"]["papers_per_s"] >= TARGETS["extract_ratio"] * ex["tokenizer"]["papers_per_s"]
    builds = results.get("build") or []
    if builds:
        big = max(builds, key=lambda r: r["papers"])
        out[f"build {big['papers']} < 3 min"] = big["returncode"] == 0 and big["seconds"] < TARGETS["build_seconds"]
        out["peak RSS < 4 GB"] = all(r["peak_rss_mb"] < TARGETS["build_rss_gb"] * 1024 for r in builds)
    if results.get("queries"):
        out["every example query < 1 s"] = all(
            "error" not in q and q["max_s"] < TARGETS["query_seconds"]
            for q in results["queries"] if q.get("mode", "bound") == "bound")
    inc = results.get("incremental")
    if inc and "ratio_to_full" in inc:
        out["incremental <= 10% of full"] = inc["ratio_to_full"] <= TARGETS["incremental_ratio"]
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, help="JSONL(.gz) corpus of abstracts")
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000, 74728], help="abstracts per build")
    ap.add_argument("--out", type=Path, help="JSON results file (default bench/results/<date>.json)")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/kg-bench"), help="scratch folder (large)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3, help="warm runs per query")
    ap.add_argument("--incremental", type=float, default=0.01, help="fraction of new papers for (e)")
    ap.add_argument("--note", default="", help="free text stored in the results (e.g. what code was measured)")
    ap.add_argument("--skip", nargs="*", default=[], choices=["extract", "build", "queries", "incremental"])
    ap.add_argument("--_query", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--_repeat", type=int, default=3, help=argparse.SUPPRESS)
    ap.add_argument("--_bind", default="{}", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args._query:
        _query_child(*args._query, args._repeat, json.loads(args._bind))
        return 0
    if args.corpus is None:
        ap.error("--corpus is required")

    workdir = args.workdir
    workdir.mkdir(parents=True, exist_ok=True)
    out = args.out or ROOT / "bench" / "results" / f"{datetime.now():%Y-%m-%d}.json"
    results: dict = {"machine": machine(), "corpus": str(args.corpus), "sizes": args.sizes,
                     "workers": args.workers, "command": " ".join([Path(sys.argv[0]).name, *sys.argv[1:]]),
                     "note": args.note, "kg_path": str(Path(__import__("kg").__file__).parent)}
    total = corpus_lines(args.corpus)
    sizes = sorted({min(s, total) for s in args.sizes})
    results["corpus_papers"] = total
    say = lambda msg: print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)  # noqa: E731

    def save():
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(results, indent=2) + "\n")

    if "extract" not in args.skip:
        first = subset(args.corpus, sizes[0], total, workdir)
        papers = read_papers(first)
        texts = [p.text for p in papers]
        say(f"(a)+(b) tokenizer and library extraction over {len(texts)} texts, interleaved")
        tokenizer, library = paired_rates(papers)
        ex = results["extract"] = {"tokenizer": tokenizer, "library": library}
        say(f"    {library['papers_per_s']:.0f}/s vs {tokenizer['papers_per_s']:.0f}/s ceiling")
        say("(b) library extraction with relations (what kg build runs)")
        ex["library_relations"] = library_extract_rate(papers, relations=True)
        del papers, texts
        for w in (1, args.workers):
            say(f"(b) kg extract --workers {w}")
            ex[f"cli_w{w}"] = cli_extract(first, w, workdir, sizes[0] if sizes[0] < total else total)
        tok = ex["tokenizer"]["papers_per_s"]
        for r in ex.values():
            if r is not ex["tokenizer"] and r.get("papers_per_s"):
                r["ratio_to_tokenizer"] = round(r["papers_per_s"] / tok, 3)
        save()

    full_out = None
    if "build" not in args.skip:
        results["build"] = []
        for size in sizes:
            path = subset(args.corpus, size, total, workdir)
            outdir = workdir / f"build-{size}"
            if outdir.exists():
                shutil.rmtree(outdir)
            say(f"(c) kg build {size} abstracts")
            res = kg_build(path, outdir, args.workers, size, workdir / f"build-{size}.log")
            results["build"].append(res)
            say(f"    {res['seconds']:.1f} s, peak {res['peak_rss_mb']} MB, rc {res['returncode']}")
            save()
            if res["returncode"] == 0:
                full_out = outdir
        big = results["build"][-1]

    if "queries" not in args.skip:
        store = (full_out or workdir / f"build-{sizes[-1]}") / "store"
        if store.exists():
            say(f"(d) SPARQL on {store}")
            results["query_store_papers"] = sizes[-1]
            results["queries"] = query_latencies(store, args.repeat)
            save()

    if "incremental" not in args.skip and full_out is not None and full_out.name == f"build-{sizes[-1]}":
        say(f"(e) incremental rebuild, {args.incremental:.0%} new papers")
        path = subset(args.corpus, sizes[-1], total, workdir)
        inc = results["incremental"] = incremental(path, full_out, workdir, args.workers, sizes[-1],
                                                   args.incremental)
        inc["ratio_to_full"] = round(inc["seconds"] / big["seconds"], 3)
        save()

    if hasattr(os, "getloadavg"):
        results["machine"]["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    results["targets"] = check_targets(results)
    save()
    report = table(results)
    results["table"] = report
    save()
    print(report)
    print(f"\nwrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
