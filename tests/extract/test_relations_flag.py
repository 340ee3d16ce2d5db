"""``extract_papers(relations=False)``: the same entities, no relation work (what ``kg extract`` writes)."""

from __future__ import annotations

from pathlib import Path

from kg.extract import build_nlp, extract_papers
from kg.ingest import read_papers

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_1e20c9cb9df3eab3.txt"


def test_relations_false_keeps_entities_and_skips_relations():
    papers = list(read_papers(SEED))
    nlp = build_nlp()
    full = list(extract_papers(papers, nlp=nlp))
    lean = list(extract_papers(papers, nlp=nlp, relations=False))
    assert sum(len(ex.relations) for ex in full) > 10  # the seeds do hold relations
    assert [ex.mentions for ex in lean] == [ex.mentions for ex in full]
    assert [ex.sentences for ex in lean] == [ex.sentences for ex in full]
    assert all(not ex.relations and not ex.results for ex in lean)


def test_relations_false_in_workers():
    papers = list(read_papers(SEED))[:6]
    lean = list(extract_papers(papers, workers=2, batch_size=2, relations=False))
    full = list(extract_papers(papers))
    assert [ex.mentions for ex in lean] == [ex.mentions for ex in full]
    assert all(not ex.relations for ex in lean)
    assert any(ex.relations for ex in full)
