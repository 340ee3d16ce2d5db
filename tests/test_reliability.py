"""Crash safety of kg build: a kill at any moment leaves the previous outputs intact.

These run `kg build` in a subprocess on a small corpus, SIGKILL it at random points,
and check that every previously written output is unchanged and readable, then that
a re-run succeeds.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pytest
import rdflib

pytestmark = pytest.mark.slow

ABSTRACT = (
    "We propose {name}, a method for image classification that fine-tunes ResNet-50 with LoRA. "
    "{name} outperforms ViT-B/16 on CIFAR-10 and ImageNet, reaching 91.2% top-1 accuracy."
)


def _corpus(path: Path, n: int, tag: str) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            name = f"{tag.capitalize()}Net{i}"
            f.write(json.dumps({"id": f"{tag}-{i}", "title": f"{name}: a study {i}",
                                "abstract": ABSTRACT.format(name=name),
                                "date": f"2025-{1 + i % 12:02d}-01"}) + "\n")
    return path


def _run(args, **kw):
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, **kw)


def _digests(outdir: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(outdir.iterdir()) if p.is_file()}


def _readable(outdir: Path) -> None:
    rdflib.Graph().parse(outdir / "graph.ttl", format="turtle")
    nx.read_graphml(outdir / "graph.graphml", force_multigraph=True)
    assert "</html>" in (outdir / "graph.html").read_text(encoding="utf-8")


def test_kill_during_build_keeps_previous_outputs(tmp_path):
    out = tmp_path / "out"
    first = _corpus(tmp_path / "a.jsonl", 40, "alpha")
    done = _run(["build", str(first), "-o", str(out), "--no-cache"])
    assert done.returncode == 0, done.stderr
    before = _digests(out)
    assert {"graph.ttl", "graph.graphml", "graph.html", "entities.csv", "papers.csv"} <= set(before)

    second = _corpus(tmp_path / "b.jsonl", 400, "beta")
    rng = random.Random(7)
    for _ in range(4):
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(second), "-o", str(out),
                                 "--no-cache"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 4.0))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        now = _digests(out)
        # either nothing changed, or everything was published (the kill may still have come
        # after that, while the build cleaned up): no file of the first build is left; or the
        # kill came between two renames of the publish, which its journal then records (the
        # next build finishes it: test_an_interrupted_publish_is_finished_by_the_next_build)
        if now != before and not (out / ".kg-publishing.json").exists():
            for name in now:
                if name.endswith((".csv", ".ttl", ".graphml", ".html")):
                    text = (out / name).read_text(encoding="utf-8")
                    assert "alpha-" not in text and "AlphaNet" not in text, name
        before = now
        _readable(out)

    again = _run(["build", str(second), "-o", str(out), "--no-cache"])
    assert again.returncode == 0, again.stderr
    _readable(out)
    assert not list(out.glob(".staging-*")) and not (out / ".kg-publishing.json").exists()
    papers = (out / "papers.csv").read_text(encoding="utf-8")
    assert "beta-399" in papers and "alpha-0" not in papers


def test_failed_build_keeps_the_previous_store_and_leaves_no_partial_one(tmp_path, monkeypatch):
    import kg.viz.html as viz_html
    from kg.pipeline import build
    from kg.rdf.store import open_store

    out = tmp_path / "out"
    build([_corpus(tmp_path / "a.jsonl", 20, "alpha")], out, store=out / "store", cache=False)
    before = _digests(out)
    store = open_store(out / "store")
    triples = set(store)
    del store

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    # the HTML page is written while the store loads in the background: fail there
    monkeypatch.setattr(viz_html, "write_html", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        build([_corpus(tmp_path / "b.jsonl", 30, "beta")], out, store=out / "store", cache=False)
    assert _digests(out) == before
    store = open_store(out / "store")
    assert set(store) == triples
    del store
    assert not [p.name for p in tmp_path.rglob(".store.new-*")]
    assert not list(out.glob(".staging-*"))


def test_a_failed_build_while_the_store_is_updated_keeps_it_and_its_record(tmp_path, monkeypatch):
    import kg.viz.html as viz_html
    from kg.pipeline import build
    from kg.rdf.store import open_store

    out = tmp_path / "out"
    build([_corpus(tmp_path / "a.jsonl", 20, "alpha")], out, store=out / "store")
    store = open_store(out / "store")
    triples = set(store)
    del store

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    # the HTML page is written while the store is updated in the background: fail there
    monkeypatch.setattr(viz_html, "write_html", broken)
    grown = _corpus(tmp_path / "b.jsonl", 30, "alpha")
    with pytest.raises(RuntimeError, match="disk full"):
        build([grown], out, store=out / "store")
    store = open_store(out / "store")
    assert set(store) == triples
    del store
    assert not [p.name for p in tmp_path.rglob(".store.new-*")]
    monkeypatch.undo()
    assert build([grown], out, store=out / "store").store_note.startswith("updated")  # the record still holds


def test_an_interrupted_publish_is_finished_by_the_next_build(tmp_path):
    """A build killed between two renames of its publish left new and old files side by side;
    the next build, even one that then fails on its input, first moves the rest in."""
    out, other = tmp_path / "out", tmp_path / "other"
    assert _run(["build", str(_corpus(tmp_path / "a.jsonl", 20, "alpha")), "-o", str(out)]).returncode == 0
    assert _run(["build", str(_corpus(tmp_path / "b.jsonl", 30, "beta")), "-o", str(other)]).returncode == 0
    newer = _digests(other)
    names = sorted(newer)
    staging = out / ".staging-99999999"
    staging.mkdir()
    for name in names:
        (staging / name).write_bytes((other / name).read_bytes())
    (out / ".kg-publishing.json").write_text(json.dumps({"staging": staging.name, "files": names}))
    for name in names[:2]:  # the killed build had moved two files in
        os.replace(staging / name, out / name)
    assert _digests(out) != newer

    failed = _run(["build", str(tmp_path / "missing.jsonl"), "-o", str(out)])
    assert failed.returncode != 0 and "Traceback" not in failed.stderr
    assert _digests(out) == newer
    assert not staging.exists() and not (out / ".kg-publishing.json").exists()
    _readable(out)


def test_an_unreadable_publish_journal_is_ignored(tmp_path):
    out = tmp_path / "out"
    corpus = _corpus(tmp_path / "a.jsonl", 10, "alpha")
    assert _run(["build", str(corpus), "-o", str(out)]).returncode == 0
    before = _digests(out)
    (out / ".kg-publishing.json").write_text("{not json")
    (out / ".staging-1").mkdir()
    done = _run(["build", str(tmp_path / "missing.jsonl"), "-o", str(out)])
    assert done.returncode != 0 and "unreadable" in done.stderr
    assert _digests(out) == before and not (out / ".kg-publishing.json").exists()


def test_a_publish_still_running_in_another_build_is_left_to_it(tmp_path):
    out = tmp_path / "out"
    assert _run(["build", str(_corpus(tmp_path / "a.jsonl", 10, "alpha")), "-o", str(out)]).returncode == 0
    before = _digests(out)
    staging = out / f".staging-{os.getpid()}"  # this test's process: alive, so "still publishing"
    staging.mkdir()
    (staging / "papers.csv").write_text("id\n")
    (out / ".kg-publishing.json").write_text(json.dumps({"staging": staging.name, "files": ["papers.csv"]}))
    _run(["build", str(tmp_path / "missing.jsonl"), "-o", str(out)])
    assert (out / ".kg-publishing.json").exists() and staging.exists()
    (out / ".kg-publishing.json").unlink()
    assert _digests(out) == before
