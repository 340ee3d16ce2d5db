"""Extraction on a Dask cluster: ``kg build --engine dask [--scheduler tcp://host:8786]``.

The papers are cut into partitions; each partition is one Dask task that runs
:func:`kg.extract.extract_papers` on a worker, which builds the spaCy pipeline
once and keeps it for every later partition. Results come back in input order,
with only a bounded number of partitions in flight, so memory stays flat however
large the corpus is.

Without a scheduler address a ``LocalCluster`` of worker processes is started
and closed inside the call. With one, kg must be installed (same version) on
every worker; see docs/scaling.md.

Dask is an optional dependency (``pip install 'kg[dask]'``) imported only here.
"""

from __future__ import annotations

import logging
import math
import uuid
from collections import deque
from typing import Iterable, Iterator, Sequence

from kg.errors import KgError
from kg.model import DocExtraction, Paper

__all__ = ["extract_with_dask", "extract_partition", "partition", "DEFAULT_PARTITION_SIZE"]

log = logging.getLogger("kg.distributed")

#: papers per task when ``partitions`` is not given: a few seconds of work per task
DEFAULT_PARTITION_SIZE = 1000
#: local cluster size when no scheduler is given
DEFAULT_LOCAL_WORKERS = 2
#: how long to keep trying to reach a remote scheduler
CONNECT_TIMEOUT = "20s"

_MISSING = "the dask engine needs the extra: pip install 'kg[dask]'"


def partition(items: Sequence, parts: int) -> list[Sequence]:
    """Cut ``items`` into ``parts`` contiguous slices of near-equal size (no empty ones).

    Examples
    --------
    >>> [list(p) for p in partition(range(7), 3)]
    [[0, 1, 2], [3, 4], [5, 6]]
    >>> partition([], 4)
    []
    """
    n = len(items)
    parts = max(1, min(parts, n))
    if n == 0:
        return []
    size, extra = divmod(n, parts)
    out, start = [], 0
    for i in range(parts):
        end = start + size + (1 if i < extra else 0)
        out.append(items[start:end])
        start = end
    return out


def extract_with_dask(
    papers: Iterable[Paper],
    *,
    scheduler: str | None = None,
    partitions: int | None = None,
    progress: bool = False,
    n_workers: int | None = None,
) -> Iterator[DocExtraction]:
    """Extract ``papers`` on a Dask cluster; yield their extractions in input order.

    Parameters
    ----------
    papers
        The papers to extract.
    scheduler
        Address of a running Dask scheduler (``tcp://host:8786``). Default: start a
        ``LocalCluster`` of ``n_workers`` single-threaded processes and close it at the end.
    partitions
        Number of tasks. Default: one per ~1,000 papers, at least two per worker.
    progress
        Show a progress bar on stderr.
    n_workers
        Worker processes of the local cluster (default 2); ignored with ``scheduler``.

    Returns
    -------
    Iterator[DocExtraction]
        One per paper, in the order of ``papers``.

    Raises
    ------
    KgError
        When dask is not installed, the scheduler cannot be reached, or the workers
        cannot run kg.
    """
    try:
        import distributed  # noqa: F401
    except ImportError as exc:
        raise KgError(_MISSING) from exc
    if partitions is not None and partitions < 1:
        raise KgError(f"partitions must be at least 1, not {partitions}")
    return _extract(list(papers), scheduler=scheduler, partitions=partitions, progress=progress,
                    n_workers=n_workers)


def _extract(papers: list[Paper], *, scheduler, partitions, progress, n_workers) -> Iterator[DocExtraction]:
    from distributed import Client, LocalCluster

    if not papers:
        return
    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise KgError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    else:
        try:
            cluster = LocalCluster(n_workers=n_workers or DEFAULT_LOCAL_WORKERS, threads_per_worker=1,
                                   processes=True, host="127.0.0.1",
                                   dashboard_address=":0",  # any free port: never clash on 8787
                                   silence_logs=logging.WARNING)
            client = Client(cluster)
        except Exception as exc:  # e.g. no free port, cannot spawn processes
            if cluster is not None:
                cluster.close()
            raise KgError(f"cannot start a local Dask cluster: {exc}") from exc
    try:
        yield from _run(client, papers, partitions=partitions, progress=progress)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _run(client, papers: list[Paper], *, partitions: int | None, progress: bool) -> Iterator[DocExtraction]:
    threads = sum(client.nthreads().values()) or 1
    if partitions is None:
        partitions = max(2 * threads, math.ceil(len(papers) / DEFAULT_PARTITION_SIZE))
    parts = partition(papers, partitions)
    window = max(2, 2 * threads)  # partitions in flight: keeps every worker busy, memory bounded
    bar = _bar(progress, len(papers))
    pending: deque = deque()
    run = uuid.uuid4().hex[:12]  # task keys unique per call, even on a shared cluster
    todo = ((f"kg-extract-{run}-{i}", part) for i, part in enumerate(parts))
    try:
        for _ in range(window):
            _submit(client, todo, pending)
        while pending:
            future = pending.popleft()
            docs = _result(future)
            future.release()
            _submit(client, todo, pending)
            if bar is not None:
                bar.update(len(docs))
            yield from docs
    finally:
        for future in pending:
            future.cancel()
        if bar is not None:
            bar.close()


def _submit(client, todo, pending: deque) -> None:
    item = next(todo, None)
    if item is not None:
        key, part = item
        pending.append(client.submit(extract_partition, list(part), key=key, pure=False))


def _result(future) -> list[DocExtraction]:
    try:
        return future.result()
    except (ImportError, ModuleNotFoundError) as exc:
        raise KgError(f"a Dask worker cannot import kg ({exc}); install the same kg version on "
                      "every worker (see docs/scaling.md)") from exc


def _bar(progress: bool, total: int):
    if not progress:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc="extract (dask)", unit="paper", leave=False, dynamic_ncols=True)


# -- on the worker ------------------------------------------------------------------------------


def extract_partition(papers: list[Paper]) -> list[DocExtraction]:
    """Run the extractor on one partition, in this (worker) process, in input order.

    :func:`kg.extract.extract_papers` without ``nlp=`` builds kg's spaCy pipeline
    on its first call in a process and reuses it: each worker builds it once.
    """
    from kg.extract import extract_papers

    return list(extract_papers(papers))
