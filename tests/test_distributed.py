"""The Dask engine: same extractions, in the same order, as the local engine.

The machinery is tested on an in-process (threaded) cluster with a stub extractor;
the real extractor runs on a two-process LocalCluster over the seeds/ listing page
(30 public arXiv abstracts) and must give the same graph as ``engine="local"``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.model import DocExtraction, Mention, Paper

distributed = pytest.importorskip("distributed")

from kg import distributed as kg_dask  # noqa: E402
from kg.distributed import extract_with_dask, partition  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _stub_extract_papers(papers, **kwargs):
    """Capitalised words become Method mentions: enough to check order and content."""
    for paper in papers:
        text = paper.text
        mentions = [Mention(m.start(), m.end(), m.group(), "Method", m.group().lower(), m.group(), 0, "stub")
                    for m in re.finditer(r"\b[A-Z][A-Za-z0-9-]+", text)]
        yield DocExtraction(paper.id, text, [(0, len(text))], mentions)


def _papers(n):
    return [Paper(f"p{i}", f"Model{i} beats Baseline{i % 3}", f"We train Model{i} on Data{i % 5}.")
            for i in range(n)]


@pytest.fixture
def stub_extractor(monkeypatch):
    import kg.extract as kg_extract

    monkeypatch.setattr(kg_extract, "extract_papers", _stub_extract_papers, raising=False)
    yield


@pytest.fixture(scope="module")
def threaded_cluster():
    """An in-process cluster: its workers see the test's monkeypatches."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


def test_partition_is_contiguous_and_complete():
    items = list(range(103))
    parts = partition(items, 10)
    assert len(parts) == 10
    assert [x for p in parts for x in p] == items
    assert max(map(len, parts)) - min(map(len, parts)) <= 1
    assert partition(items[:3], 10) == [[0], [1], [2]]


def test_results_come_back_in_input_order(stub_extractor, threaded_cluster):
    papers = _papers(57)
    docs = list(extract_with_dask(papers, scheduler=threaded_cluster, partitions=7))
    assert [d.paper_id for d in docs] == [p.id for p in papers]
    assert docs == list(_stub_extract_papers(papers))


def test_more_partitions_than_papers_and_empty_input(stub_extractor, threaded_cluster):
    papers = _papers(3)
    docs = list(extract_with_dask(papers, scheduler=threaded_cluster, partitions=50))
    assert [d.paper_id for d in docs] == ["p0", "p1", "p2"]
    assert list(extract_with_dask([], scheduler=threaded_cluster)) == []


def test_bad_arguments_and_unreachable_scheduler(monkeypatch):
    monkeypatch.setattr(kg_dask, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(KgError, match="partitions"):
        extract_with_dask(_papers(2), partitions=0)
    with pytest.raises(KgError, match="cannot reach the Dask scheduler"):
        list(extract_with_dask(_papers(2), scheduler="tcp://127.0.0.1:9"))


def test_missing_dask_is_a_clear_error(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_dask(name, *args, **kwargs):
        if name == "distributed" or name.startswith("distributed."):
            raise ImportError("No module named 'distributed'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    with pytest.raises(KgError, match=r"pip install 'kg\[dask\]'"):
        extract_with_dask(_papers(1))


def _real_extractor():
    try:
        from kg.extract import extract_papers  # noqa: F401
        from kg.ingest import read_papers
    except ImportError:
        pytest.skip("the extractor (kg.extract.extract_papers) is not there yet")
    return read_papers


@pytest.mark.slow
def test_local_process_cluster_matches_the_local_engine():
    read_papers = _real_extractor()
    from kg.extract import extract_papers
    from kg.graph import build_graph

    papers = list(read_papers([SEEDS]))
    assert len(papers) >= 20
    local = list(extract_papers(papers))
    remote = list(extract_with_dask(papers, partitions=4))  # a 2-process LocalCluster
    assert [d.paper_id for d in remote] == [p.id for p in papers]
    assert remote == local

    g_local, g_remote = build_graph(papers, local), build_graph(papers, remote)
    assert sorted(g_local.nodes(data=True), key=str) == sorted(g_remote.nodes(data=True), key=str)
    assert sorted(g_local.edges(keys=True, data=True), key=str) == sorted(
        g_remote.edges(keys=True, data=True), key=str)
