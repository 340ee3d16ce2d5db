"""Names written with and without hyphens are one entity across papers (kg.spellings)."""

from __future__ import annotations

import csv
import json

from kg.extract import extract_papers
from kg.model import Paper
from kg.pipeline import build
from kg.spellings import merge_hyphen_spellings


def _docs(*abstracts: str):
    return list(extract_papers([Paper(id=f"p{i}", title="", abstract=a) for i, a in enumerate(abstracts)]))


def _ids(doc, start):
    return {m.entity_id for m in doc.mentions if m.text.lower().startswith(start)}


def test_one_entity_whatever_the_hyphens_and_the_most_used_id_wins():
    docs = _docs("We fine-tune QuuxFlow-Net on images.", "QuuxFlow-Net is fast.", "We compare with QuuxFlowNet.")
    assert _ids(docs[0], "quuxflow") != _ids(docs[2], "quuxflow"), "two ids before the pass"
    merged = merge_hyphen_spellings(docs)
    assert _ids(merged[0], "quuxflow") == _ids(merged[1], "quuxflow") == _ids(merged[2], "quuxflow") \
        == _ids(docs[0], "quuxflow")
    assert _ids(docs[2], "quuxflow") != _ids(docs[0], "quuxflow"), "the input is not modified"
    assert merged[2].mentions[0].text == "QuuxFlowNet"  # texts and labels stay


def test_short_ids_stay_apart():
    docs = _docs("We report IN-R accuracy.", "We train an INR of the scene.")
    merged = merge_hyphen_spellings(docs)
    assert [{m.entity_id for m in d.mentions} for d in merged] == [{m.entity_id for m in d.mentions} for d in docs]


def test_build_writes_one_row(tmp_path):
    records = [{"id": f"2501.0000{i}", "title": "", "abstract": a} for i, a in enumerate([
        "We study spatio-temporal reasoning in videos.",
        "Spatio-temporal reasoning is hard for VLMs.",
        "We propose a benchmark for spatiotemporal reasoning.",
    ])]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    build([src], tmp_path / "out", html=False, trends=False)
    with open(tmp_path / "out" / "entities.csv", newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["id"].replace("-", "").startswith("spatiotemporalreasoning")]
    assert len(rows) == 1 and rows[0]["papers"] == "3", rows
