"""The whole job: read abstracts, extract, build the graph, write every output.

Outputs are first written into a staging folder inside the output folder and
moved into place only when all of them are complete, so a crash or a kill leaves
the previous outputs as they were (see docs/reliability.md).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import os
import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import networkx as nx

from kg.defaults import DEFAULT_INPUT, DEFAULT_OUTDIR, HTML_RANKINGS, RDF_FORMATS
from kg.cache import CACHE_DIR
from kg.corpus_ids import CorpusIds, changed, on_docs
from kg.errors import KgError
from kg.gcpause import gc_enabled, gc_paused
from kg.graph import build_graph, entity_nodes
from kg.model import ENTITY_TYPES, DocExtraction
from kg.senses import merge_spelled_out_in, split_senses_in
from kg.spellings import merge_hyphen_spellings_in

__all__ = ["build", "BuildSummary", "corpus_passes", "drop_rare_phrases", "DEFAULT_INPUT", "DEFAULT_OUTDIR",
           "RDF_FORMATS", "WARNINGS_FILE"]

log = logging.getLogger("kg.build")

#: above this many papers, co-mentions and one-off descriptive phrases need 2 papers
LARGE_CORPUS = 5000

#: every warning of a build, in the output folder (only when there were any)
WARNINGS_FILE = "warnings.txt"
#: in the output folder while a build moves its outputs into place (see _start_publish)
PUBLISH_JOURNAL = ".kg-publishing.json"


@dataclass
class BuildSummary:
    """What a build did: counts, files written, warnings, timings."""

    papers: int = 0
    entities: int = 0
    entities_by_type: dict[str, int] = field(default_factory=dict)
    mention_edges: int = 0
    comention_edges: int = 0
    relations: int = 0
    relations_by_type: dict[str, int] = field(default_factory=dict)
    results: int = 0
    skipped_records: int = 0
    undated_papers: int = 0
    cached_papers: int = 0
    warnings: list[str] = field(default_factory=list)
    #: how many warnings there were (``warnings`` keeps the first 10,000 of input problems)
    warning_count: int = 0
    files: list[Path] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    html_note: str = ""
    #: how the store was made: loaded in full, or updated from the previous build's
    store_note: str = ""

    def format(self) -> str:
        """A short human-readable report for the terminal."""
        types = ", ".join(f"{t} {self.entities_by_type.get(t, 0)}" for t in ENTITY_TYPES)
        rels = ", ".join(f"{k} {v}" for k, v in sorted(self.relations_by_type.items())) or "none"
        lines = [
            f"papers    {self.papers}"
            + (f" ({self.skipped_records} records skipped)" if self.skipped_records else "")
            + (f" ({self.undated_papers} undated)" if self.undated_papers else ""),
            f"entities  {self.entities} ({types})",
            f"edges     {self.mention_edges} mentions, {self.comention_edges} co-mentions, "
            f"{self.relations} relations ({rels}), {self.results} results",
        ]
        if self.cached_papers:
            lines.append(f"cache     {self.cached_papers} of {self.papers} papers reused")
        if self.html_note:
            lines.append(f"html      {self.html_note}")
        if self.store_note:
            lines.append(f"store     {self.store_note}")
        total = sum(self.timings.values())
        lines.append(f"time      {total:.1f} s (" + ", ".join(f"{k} {v:.1f}" for k, v in self.timings.items()) + ")")
        lines.append("wrote     " + ", ".join(str(p) for p in self.files))
        return "\n".join(lines)


def _timer(timings: dict[str, float]):
    """``timed("stage")`` adds the block's wall time to ``timings["stage"]``."""

    @contextlib.contextmanager
    def timed(name: str):
        t0 = time.perf_counter()
        try:
            yield
        finally:
            timings[name] = timings.get(name, 0.0) + time.perf_counter() - t0

    return timed


def build(
    inputs: Sequence[str | os.PathLike] | str | os.PathLike | None = None,
    outdir: str | os.PathLike | None = None,
    *,
    workers: int = 1,
    rdf_formats: Iterable[str] = ("ttl",),
    store: str | os.PathLike | None = None,
    html: bool = True,
    max_nodes: int = 2000,
    rank_by: str = "papers",
    trends: bool = True,
    period: str = "auto",
    on_error: str = "skip",
    cache: bool = True,
    engine: str = "local",
    scheduler: str | None = None,
    min_comention: int | None = None,
    min_phrase_papers: int | None = None,
    progress: bool = False,
) -> BuildSummary:
    """Build the knowledge graph of ``inputs`` and write every output into ``outdir``.

    Parameters
    ----------
    inputs
        Files or folders of abstracts (default ``seeds/``); see docs/input-formats.md.
    outdir
        Output folder (default ``outputs/``). Files are replaced atomically.
    workers
        Extraction processes (1 = in this process).
    rdf_formats
        Any of ``"ttl"``, ``"nt"``, ``"jsonld"``; Turtle is always written.
    store
        Also load the RDF into an on-disk Oxigraph store in this folder.
    html, max_nodes, rank_by
        Write graph.html showing at most ``max_nodes`` entities, the top ones by ``rank_by``:
        ``"papers"``, ``"mentions"``, ``"degree"`` (co-mentioned entities) or ``"trend"``
        (trend score; on undated papers the page falls back to papers, with a warning).
    trends, period
        Write trends.csv, trends_summary.csv and charts when papers are dated.
    on_error
        ``"skip"`` bad records with a warning, or ``"fail"`` on the first one.
    cache
        Reuse extractions of unchanged papers from ``outdir/.kg-cache``.
    engine, scheduler
        ``"local"`` or ``"dask"`` (extra ``kg[dask]``; ``scheduler`` is a Dask address,
        default a LocalCluster).
    min_comention
        Minimum shared papers for a co-mention edge; default 1, or 2 above 5,000 papers.
    min_phrase_papers
        Keep an entity found only by the phrase chunker (a descriptive noun phrase
        such as "hierarchical interactive attention mechanism", never a name) only
        when at least this many papers mention it; default 1, or 2 above 5,000
        papers, where such one-off phrases are most of the entities and none of
        the trends.
    progress
        Show progress bars on stderr.

    Returns
    -------
    BuildSummary
    """
    from kg.ingest import IngestStats, read_papers

    inputs = _as_paths(inputs)
    outdir = Path(outdir) if outdir is not None else DEFAULT_OUTDIR
    formats = _check_formats(rdf_formats)
    if on_error not in ("skip", "fail"):
        raise KgError(f"--on-error must be 'skip' or 'fail', not {on_error!r}")
    if rank_by not in HTML_RANKINGS:
        raise KgError(f"--rank-by must be one of {', '.join(HTML_RANKINGS)}, not {rank_by!r}")
    if rank_by == "trend" and not trends:
        raise KgError("--rank-by trend needs the trends: drop --no-trends or rank by papers")
    if outdir.exists() and not outdir.is_dir():
        raise KgError(f"output path {outdir} exists and is not a folder")

    summary = BuildSummary()
    timed = _timer(summary.timings)
    stats = IngestStats()
    if outdir.is_dir():  # a build killed while publishing: its outputs, complete, go in first
        _finish_interrupted_publish(outdir)

    # The cyclic collector stays paused from reading until the outputs are written (see
    # kg.gcpause): turned on in between, its first collections re-scan every paper and
    # cached extraction read so far (~10M objects at 75k papers, ~2.5 s of a 1% rebuild).
    # Only a large extraction in this process runs with it on (see _extract_with).
    with gc_paused():
        with timed("read"):
            papers = list(read_papers(inputs, on_error=on_error, stats=stats))
        summary.papers = len(papers)
        summary.skipped_records = stats.skipped
        summary.undated_papers = sum(1 for p in papers if not p.date)
        summary.warnings.extend(stats.warnings)
        summary.warning_count = stats.warning_total

        outdir.mkdir(parents=True, exist_ok=True)
        with timed("extract"):
            docs = _extract(papers, outdir, workers=workers, cache=cache, engine=engine,
                            scheduler=scheduler, progress=progress, summary=summary)
        handoff = _Handoff(docs)  # freed inside once the graph is built
        del docs
        _build_outputs(papers, handoff, outdir, summary=summary, timed=timed, formats=formats,
                       store=store, html=html, max_nodes=max_nodes, rank_by=rank_by, trends=trends,
                       period=period,
                       min_comention=min_comention, min_phrase_papers=min_phrase_papers,
                       progress=progress, cache_dir=outdir / CACHE_DIR if cache else None)
    _sweep_stale_staging(outdir)
    return summary


class _Handoff:
    """Hands a big object to a callee that frees it: ``take()`` leaves no reference here."""

    __slots__ = ("obj",)

    def __init__(self, obj):
        self.obj = obj

    def take(self):
        obj, self.obj = self.obj, None
        return obj


def _build_outputs(papers, handoff: "_Handoff", outdir: Path, *, summary, timed, formats, store, html,
                   max_nodes, trends, rank_by="papers", period, min_comention, min_phrase_papers, progress,
                   cache_dir: Path | None = None) -> None:
    """The graph of ``papers`` and their extractions (handed off: freed once the graph is built),
    and every output from it, published into ``outdir``. ``cache_dir``: where the previous
    build recorded what its store was loaded from (:class:`kg.rdf.store_delta.StoreRecord`)."""
    docs = handoff.take()
    with timed("graph"):
        large = len(papers) > LARGE_CORPUS
        if min_comention is None:
            min_comention = 2 if large else 1
        if min_phrase_papers is None:
            min_phrase_papers = 2 if large else 1
        docs = corpus_passes(docs, min_phrase_papers)
        G = build_graph(papers, docs, min_comention=min_comention)
        del docs
    _count(G, summary)

    staging = outdir / f".staging-{os.getpid()}"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir()
    new_store: list[Path] = []
    record = None
    if store is not None and cache_dir is not None and cache_dir.is_dir():
        from kg.rdf.store_delta import StoreRecord

        record = StoreRecord(cache_dir, store)
    try:
        written = _write_outputs(G, staging, formats=formats, html=html, max_nodes=max_nodes, rank_by=rank_by,
                                 trends=trends, period=period, timed=timed, summary=summary,
                                 progress=progress, store=store, new_store=new_store, record=record)
        G.clear()
        del G
        if summary.warnings:
            written.append(_write_warnings(staging, summary.warnings))
        with timed("publish"):
            if store is not None:
                from kg.rdf.store import install_store

                install_store(new_store.pop(), Path(store))
                if record is not None:  # the next build may update this store instead of reloading it
                    _remember_store(record, staging, formats)
            journal = _start_publish(outdir, staging, written)
            summary.files = _publish(staging, outdir, written)
            if not summary.warnings:  # an old list must not describe this build
                (outdir / WARNINGS_FILE).unlink(missing_ok=True)
            journal.unlink()
            if store is not None:
                summary.files.append(Path(store))
    finally:
        if not (outdir / PUBLISH_JOURNAL).exists():  # else the next build finishes the publish from it
            shutil.rmtree(staging, ignore_errors=True)
        for path in new_store:  # loaded, but the build failed: never installed
            shutil.rmtree(path, ignore_errors=True)


def _as_paths(inputs) -> list[Path]:
    if inputs is None:
        return [DEFAULT_INPUT]
    if isinstance(inputs, (str, os.PathLike)):
        return [Path(inputs)]
    paths = [Path(p) for p in inputs]
    return paths or [DEFAULT_INPUT]


def _check_formats(rdf_formats: Iterable[str]) -> list[str]:
    formats = ["ttl"]
    for fmt in rdf_formats:
        fmt = fmt.lower().lstrip(".")
        fmt = {"turtle": "ttl", "ntriples": "nt", "n-triples": "nt", "json-ld": "jsonld"}.get(fmt, fmt)
        if fmt not in RDF_FORMATS:
            raise KgError(f"unknown RDF format {fmt!r} (choose from {', '.join(RDF_FORMATS)})")
        if fmt not in formats:
            formats.append(fmt)
    return formats


def _extract(papers, outdir: Path, *, workers, cache, engine, scheduler, progress, summary):
    """Extractions for ``papers`` in order, reusing the cache for unchanged papers."""
    store = None
    if cache:
        from kg.cache import ExtractionCache

        store = ExtractionCache(outdir / CACHE_DIR, prune=True)
    try:
        return _extract_with(store, papers, workers=workers, engine=engine, scheduler=scheduler,
                             progress=progress, summary=summary)
    finally:
        if store is not None:
            summary.warnings.extend(store.warnings)
            summary.warning_count += len(store.warnings)
            store.close()


def _extract_with(store, papers, *, workers, engine, scheduler, progress, summary):
    from kg.extract import extract_papers

    cached = store.get_many(papers) if store is not None else {}
    summary.cached_papers = len(cached)
    todo = [p for p in papers if p.id not in cached]
    if engine not in ("local", "dask"):
        raise KgError(f"unknown engine {engine!r} (choose 'local' or 'dask')")
    if not todo:  # everything cached: do not even build the spaCy pipeline (seconds)
        fresh_iter = iter(())
    elif engine == "dask":
        from kg.distributed import extract_with_dask

        fresh_iter = extract_with_dask(todo, scheduler=scheduler, progress=progress)
    elif engine == "local":
        # a worker pool costs seconds to start: not worth it for a small increment
        procs = workers if len(todo) >= 2000 else 1
        fresh_iter = extract_papers(todo, workers=procs, progress=_bar(progress, len(todo), "extract"))
    # kg build runs this stage with the cyclic collector paused (see build): a rebuild holds
    # the cached extractions (~10M objects at 75k papers), which every collection would
    # re-scan. Only a large extraction in this process runs with it on, spaCy's garbage being
    # then unbounded; a small one's is bounded (< 2,000 papers).
    large_here = engine == "local" and len(todo) >= 2000 and procs == 1
    fresh = {}
    with gc_enabled() if large_here else contextlib.nullcontext():
        for doc in fresh_iter:
            fresh[doc.paper_id] = doc
    if store is not None:
        if fresh:
            store.put_many(papers, fresh)  # also prunes entries of papers no longer in the input
        elif store.prune_unused:
            store.prune()  # nothing new, but papers may have left the input
    return [cached.get(p.id) or fresh[p.id] for p in papers]


def corpus_passes(docs: list[DocExtraction], min_phrase_papers: int) -> list[DocExtraction]:
    """What needs the whole corpus before the graph is built, in order: each meaning of a
    colliding acronym its own entity, an acronym and its spelled-out name one entity, names
    that differ only by hyphens one entity (:mod:`kg.senses`, :mod:`kg.spellings`), then
    :func:`drop_rare_phrases`. The input extractions are not modified.

    The passes share one :class:`kg.corpus_ids.CorpusIds`: each paper's mentions are
    walked once, then again only in the papers a pass changes."""
    index = CorpusIds(docs)
    split_senses_in(index)
    merge_spelled_out_in(index)
    merge_hyphen_spellings_in(index)
    _drop_rare_in(index, min_phrase_papers)
    return index.docs


def drop_rare_phrases(docs: list[DocExtraction], min_papers: int) -> list[DocExtraction]:
    """Remove mentions of phrase-only entities seen in fewer than ``min_papers`` papers.

    An entity is phrase-only when every mention came from the phrase chunker
    (``Mention.source`` starting with "phrase"); names found by the lexicon, a
    pattern or an abbreviation always stay. Relations and results that point at a
    removed mention are removed too. The input documents are not modified.

    Examples
    --------
    >>> from kg.model import Mention
    >>> m1 = Mention(0, 4, "LoRA", "Method", "lora", "LoRA", 0, "lexicon")
    >>> m2 = Mention(5, 19, "odd new method", "Method", "odd-new-method", "odd new method", 0, "phrase:method")
    >>> doc = DocExtraction("p1", "LoRA odd new method", [(0, 19)], [m1, m2])
    >>> [m.text for m in drop_rare_phrases([doc], 2)[0].mentions]
    ['LoRA']
    """
    if min_papers <= 1:
        return docs
    return on_docs(_drop_rare_in, docs, min_papers)


def _drop_rare_in(index: CorpusIds, min_papers: int) -> None:
    """:func:`drop_rare_phrases` on the extractions of ``index``, replacing those that change."""
    if min_papers <= 1:
        return
    named = index.present(index.named)
    rare = {e for e, n in index.papers.items() if 0 < n < min_papers and e not in named}
    if not rare:
        return
    for i, ids in enumerate(index.ids):
        if not rare.isdisjoint(ids):
            index.drop(i, _without(index.docs[i], rare), rare)


def _without(doc: DocExtraction, rare: set[str]) -> DocExtraction:
    keep = [i for i, m in enumerate(doc.mentions) if m.entity_id not in rare]
    new_index = {old: new for new, old in enumerate(keep)}

    def moved(i):
        return None if i is None else new_index.get(i, -1)

    relations = []
    for r in doc.relations:
        head, tail = r.head, r.tail
        if tail in new_index and (head is None or head in new_index):
            new_head, new_tail = moved(head), new_index[tail]
            # an unchanged relation is shared, not copied: documents are never modified
            relations.append(r if new_head == head and new_tail == tail
                             else changed(r, head=new_head, tail=new_tail))
    results = []
    for r in doc.results:
        ids = [moved(r.subject), moved(r.dataset), moved(r.metric)]
        if -1 not in ids:
            results.append(r if ids == [r.subject, r.dataset, r.metric]
                           else changed(r, subject=ids[0], dataset=ids[1], metric=ids[2]))
    return changed(doc, mentions=[doc.mentions[i] for i in keep], relations=relations, results=results)


def _bar(progress: bool, total: int, desc: str):
    if not progress:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="paper", leave=False, dynamic_ncols=True)


def _count(G: nx.MultiDiGraph, summary: BuildSummary) -> None:
    ents = entity_nodes(G)
    summary.entities = len(ents)
    summary.entities_by_type = dict(Counter(G.nodes[n]["type"] for n in ents))
    kinds = Counter(k for _, _, k in G.edges(keys=True))
    summary.mention_edges = kinds.pop("mentions", 0)
    summary.comention_edges = kinds.pop("co_mention", 0)
    kinds.pop("broader", None)
    summary.relations_by_type = dict(kinds)
    summary.relations = sum(kinds.values())
    summary.results = len(G.graph.get("results", []))


def _html_ranking(G, rank_by: str, summary) -> str:
    """``rank_by``, or "papers" with a warning when it is "trend" and no entity has a trend score
    (undated papers: the trends were not computed)."""
    if rank_by == "trend" and not any(d.get("trend_score") is not None for _, d in G.nodes(data=True)
                                      if d.get("kind") == "entity"):
        message = "--rank-by trend: the papers carry no dates, so graph.html ranks entities by papers"
        log.warning(message)
        summary.warnings.append(message)
        summary.warning_count += 1
        return "papers"
    return rank_by


def _write_outputs(G, staging: Path, *, formats, html, max_nodes, trends, period, timed, summary,
                   progress, rank_by="papers", store=None, new_store: list | None = None, record=None) -> list[str]:
    """Write every output into ``staging``; return the file names written.

    The N-Triples are generated once (Python). A thread loads them into a new Oxigraph
    store (``store``; its directory is appended to ``new_store`` for the caller to
    install) block by block as they are written, and another converts them to
    Turtle once complete; both run in Rust (no GIL) while Python writes the tables,
    the GraphML and the HTML page. The ``store`` timing is the wait for the loader
    once everything else is written. When ``record`` (a
    :class:`kg.rdf.store_delta.StoreRecord`) holds the N-Triples the live store was
    loaded from, the new store is instead the live one plus and minus the lines that
    changed, made by a child process once the N-Triples are complete. In a large build
    the trend charts are drawn by a child process too (:func:`_trends`), awaited before
    the HTML page, which shows them.
    """
    from kg.rdf.export import FORMATS, ntriples_to_turtle, write_ntriples, write_rdf
    from kg.tables import write_graphml, write_tables

    report = _Report()
    if trends and any(d.get("date") for _, d in G.nodes(data=True) if d.get("kind") == "paper"):
        with timed("trends"):  # first: it adds trend attributes that the other outputs show
            report = _trends(G, staging, period=period)
    loader = updater = None
    try:
        previous = record.source() if record is not None else None
        if store is not None and previous is None:
            from kg.rdf.store import StoreLoader

            loader = StoreLoader(Path(store))  # loads the N-Triples while they are generated
        with timed("rdf"):
            nt = staging / _nt_name(formats)
            write_ntriples(G, nt, on_block=loader.feed if loader is not None else None)
            if "jsonld" in formats:
                write_rdf(G, staging, formats=["jsonld"])
        if previous is not None:
            updated: list = []
            updater = _Background(lambda: updated.append(_updated_store(Path(store), previous, nt)))
        turtle = _Background(lambda: ntriples_to_turtle(nt, staging / FORMATS["ttl"]))
        try:
            with timed("tables"):
                write_tables(G, staging)
                write_graphml(G, staging / "graph.graphml")
            if report.child is not None:
                with timed("trends"):  # the charts, drawn by a child
                    report_html = report.html()
            else:
                report_html = report.html()
            if html:
                with timed("html"):
                    from kg.viz.html import write_html

                    stats = write_html(G, staging / "graph.html", max_nodes=max_nodes,
                                       score=_html_ranking(G, rank_by, summary), report_html=report_html,
                                       period=report.period)
                    if isinstance(stats, dict) and stats.get("note"):
                        summary.html_note = stats["note"]
        finally:
            with timed("rdf"):
                turtle.join()  # raises what the thread raised
        if loader is not None:
            with timed("store"):
                new_store.append(loader.finish())
                loader = None
                summary.store_note = "loaded in full"
        if updater is not None:
            with timed("store"):
                updater.join()
                path, summary.store_note = updated[0]
                new_store.append(path)
                updater = None
    finally:
        report.abort()  # something failed before the charts were awaited
        if loader is not None:  # something failed: stop loading, remove the partial store
            loader.abort()
        if updater is not None:  # something failed: wait for the update, remove its store
            with contextlib.suppress(BaseException):
                updater.join()
            new_store.extend(path for path, _ in updated)
    # (the hidden N-Triples of a build without "nt" output stay until the staging folder goes:
    # the store record links them) dot files are working files, not outputs
    return sorted(p.name for p in staging.iterdir() if p.is_file() and not p.name.startswith("."))


def _nt_name(formats) -> str:
    """The staged N-Triples file: the output, or a hidden working file."""
    from kg.rdf.export import FORMATS

    return FORMATS["nt"] if "nt" in formats else ".graph.nt"


def _updated_store(store: Path, previous: Path, nt: Path) -> tuple[Path, str]:
    """A new store for ``nt``: the live one updated by the lines that changed since ``previous``,
    or, when that fails, loaded in full; with a note for the summary."""
    from kg.rdf.store import prepare_store
    from kg.rdf.store_delta import update_store_in_child

    try:
        done = update_store_in_child(store, previous, nt)
    except (OSError, ValueError) as exc:
        log.warning("could not update the store from the previous build (%s); loading it in full", exc)
        return prepare_store(nt, store, trusted=True), "loaded in full (the update failed)"
    return done.path, (f"updated from the previous build: {_triples(done.removed)} removed, "
                       f"{done.added:,} added ({_triples(done.triples)} in all)")


def _triples(n: int) -> str:
    return f"{n:,} triple" + ("" if n == 1 else "s")


def _remember_store(record, staging: Path, formats) -> None:
    """Record the N-Triples the installed store now holds, so the next build can update it.

    Never fails the build (the store and every output are complete): a problem only costs
    the next build a full load.
    """
    try:
        record.save(staging / _nt_name(formats))
    except OSError as exc:
        record.forget()
        log.warning("could not record the store's N-Triples for the next build: %s", exc)


class _Background:
    """Run ``fn()`` in a thread now; ``join()`` waits and re-raises its exception."""

    def __init__(self, fn):
        import threading

        self._error: BaseException | None = None

        def run():
            try:
                fn()
            except BaseException as exc:  # handed to join()
                self._error = exc

        self._thread = threading.Thread(target=run, name="kg-rdf", daemon=True)
        self._thread.start()

    def join(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error


def _trends(G, staging: Path, *, period: str) -> "_Report":
    """Trend tables and charts; trend attributes on entity nodes; the HTML fragment (from
    :meth:`_Report.html`). Above :data:`LARGE_CORPUS` papers a child process draws the charts
    while the build goes on (:class:`kg.charts.ChartsChild`)."""
    from kg import trends as kg_trends
    from kg.charts import ChartsChild, charts_html

    result = kg_trends.compute_trends(G, period)
    # nothing rising or fading: no report to show
    report = not result.summary.empty and bool((result.summary["class"] != "stable").any())
    child = None
    if G.graph.get("papers", 0) > LARGE_CORPUS:
        child = ChartsChild(result.series, result.summary, staging, report=report)
    try:
        kg_trends.write_trend_files(result, staging, charts=child is None)
        for node, attrs in result.node_attributes().items():
            if node in G:
                G.nodes[node].update(attrs)
    except BaseException:
        if child is not None:
            child.abort()
        raise
    if child is not None:
        return _Report(child=child, period=result.period)
    return _Report(text=charts_html(result.series, result.summary) if report else None, period=result.period)


class _Report:
    """The trend report's HTML fragment (or None), drawn here or by a :class:`kg.charts.ChartsChild`,
    and the trend period (None: no trends), which the page's per-entity trend lines use."""

    def __init__(self, *, text: str | None = None, child=None, period: str | None = None):
        self.text, self.child, self.period = text, child, period

    def html(self) -> str | None:
        """The fragment, once the child (if any) has written every chart."""
        if self.child is not None:
            child, self.child = self.child, None
            self.text = child.join()
        return self.text

    def abort(self) -> None:
        """Stop the child, if it still runs (the build failed)."""
        if self.child is not None:
            self.child.abort()
            self.child = None


def _write_warnings(staging: Path, warnings: list[str]) -> str:
    """The build's warnings, one a line, as :data:`WARNINGS_FILE` (the terminal shows only the
    first few of each kind: :mod:`kg.logcap`)."""
    (staging / WARNINGS_FILE).write_text("".join(w + "\n" for w in warnings), encoding="utf-8")
    return WARNINGS_FILE


def _publish(staging: Path, outdir: Path, names: list[str]) -> list[Path]:
    """Move staged files into ``outdir`` (one atomic rename each, in quick succession)."""
    published = []
    for name in names:
        target = outdir / name
        os.replace(staging / name, target)
        published.append(target)
    return published


def _start_publish(outdir: Path, staging: Path, names: list[str]) -> Path:
    """Write :data:`PUBLISH_JOURNAL`: which staged files are about to replace the outputs.

    The renames of :func:`_publish` are atomic one by one, not together: a build killed
    between two of them leaves some new files beside old ones. The journal lets the next
    build finish that publish first (:func:`_finish_interrupted_publish`); every staged file
    is complete by then."""
    from kg.io import atomic_path

    journal = outdir / PUBLISH_JOURNAL
    with atomic_path(journal, suffix=".json") as tmp:
        Path(tmp).write_text(json.dumps({"staging": staging.name, "files": names}), encoding="utf-8")
    return journal


def _finish_interrupted_publish(outdir: Path) -> None:
    """Complete the publish a killed build began (see :func:`_start_publish`), so the outputs are
    again the files of one build; then drop the journal and that build's staging folder."""
    journal = outdir / PUBLISH_JOURNAL
    try:
        plan = json.loads(journal.read_text(encoding="utf-8"))
        staging = outdir / str(plan["staging"])
        names = [str(n) for n in plan["files"]]
    except FileNotFoundError:
        return
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("ignoring an unreadable %s (%s)", journal, exc)
        journal.unlink(missing_ok=True)
        return
    if not staging.name.startswith(".staging-") or staging.parent != outdir:
        log.warning("ignoring %s: it names %s, not a staging folder", journal, staging)
        journal.unlink(missing_ok=True)
        return
    owner = _staging_pid(staging)
    if owner is not None and owner != os.getpid() and _pid_alive(owner):
        return  # another build is publishing right now: it finishes its own publish
    moved = [name for name in names
             if "/" not in name and not name.startswith(".") and (staging / name).is_file()]
    for name in moved:
        os.replace(staging / name, outdir / name)
    if WARNINGS_FILE not in names:
        (outdir / WARNINGS_FILE).unlink(missing_ok=True)
    log.warning("finished publishing the outputs of a build that was stopped while publishing "
                "(%d of %d files were still to move)", len(moved), len(names))
    journal.unlink(missing_ok=True)
    shutil.rmtree(staging, ignore_errors=True)


def _sweep_stale_staging(outdir: Path) -> None:
    """Remove staging folders left by killed builds (their pids are gone)."""
    for path in itertools.islice(outdir.glob(".staging-*"), 100):
        pid = _staging_pid(path)
        if pid is not None and not _pid_alive(pid):
            shutil.rmtree(path, ignore_errors=True)


def _staging_pid(path: Path) -> int | None:
    """The process id a staging folder is named after (``.staging-PID``), or None."""
    pid = path.name.rsplit("-", 1)[-1]
    return int(pid) if pid.isdigit() else None


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


