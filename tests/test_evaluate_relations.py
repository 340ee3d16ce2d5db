"""The relation scorer on tiny hand-made gold files (no shared eval data is read)."""

from __future__ import annotations

import json

import pytest

from kg.evaluate_relations import (
    GOLD_MAP,
    UNMAPPED,
    evaluate_relations,
    format_report,
    gold_entity_docs,
    split_sentences,
)
from kg.model import DocExtraction, Mention, Relation


def _ent(text: str, surface: str, etype: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return {"start": start, "end": start + len(surface), "text": surface, "type": etype}


def _write(tmp_path, rows, name="gold.jsonl"):
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


SCIER_TEXT = "We evaluate FooNet on CIFAR-10.\nFooNet outperforms BarNet.\nBarNet is a method for parsing."


def scier_rows():
    t = SCIER_TEXT
    ents = [_ent(t, "FooNet", "Method"), _ent(t, "CIFAR-10", "Dataset"), _ent(t, "FooNet", "Method", 1),
            _ent(t, "BarNet", "Method"), _ent(t, "BarNet", "Method", 1), _ent(t, "parsing", "Task")]
    rels = [{"head": 0, "tail": 1, "type": "Evaluated-With"},
            {"head": 3, "tail": 2, "type": "Compare-With"},  # stated in the other order: undirected
            {"head": 4, "tail": 5, "type": "Used-For"},
            {"head": 5, "tail": 5, "type": "SubTask-Of"},  # unmapped
            {"head": 0, "tail": 3, "type": "Part-Of"}]  # unmapped
    return [{"id": "d1", "text": t, "entities": ents, "relations": rels}]


def test_gold_entities_mode_scores_each_mapped_type(tmp_path):
    scores = evaluate_relations(_write(tmp_path, scier_rows()))
    assert scores["mode"] == "gold-entities" and scores["corpus"] == "scier" and scores["documents"] == 1
    for gtype in ("Evaluated-With", "Compare-With", "Used-For"):
        t = scores["types"][gtype]
        assert (t["tp"], t["fp"], t["fn"], t["precision"], t["recall"]) == (1, 0, 0, 1.0, 1.0), gtype
    assert scores["micro"]["f1"] == 1.0
    assert scores["unmapped"] == {"Part-Of": 1, "SubTask-Of": 1}
    assert "Trained-With" not in scores["types"]  # absent from this file: not reported as zero


def test_partial_overlap_counts_and_wrong_direction_does_not(tmp_path):
    rows = scier_rows()
    path = _write(tmp_path, rows)
    t = SCIER_TEXT
    # kg's mention "CIFAR-10." overlaps the gold "CIFAR-10"; usedFor is reversed (task -> method): wrong
    m = [Mention(12, 18, "FooNet", "Method", "foonet", "FooNet", 0),
         Mention(22, 31, "CIFAR-10.", "Dataset", "cifar", "CIFAR-10.", 0),
         Mention(t.index("BarNet is"), t.index("BarNet is") + 6, "BarNet", "Method", "barnet", "BarNet", 2),
         Mention(t.index("parsing"), t.index("parsing") + 7, "parsing", "Task", "parsing", "parsing", 2)]
    doc = DocExtraction("d1", t, split_sentences(t), m,
                        relations=[Relation("evaluatedOn", 0, 1, 0, "r", 0.9),
                                   Relation("evaluatedOn", 0, 1, 0, "r", 0.5),  # same pair: counted once
                                   Relation("usedFor", 3, 2, 2, "r", 0.9),
                                   Relation("proposes", None, 0, 0, "r", 0.9)])
    scores = evaluate_relations(path, docs=[doc])
    assert scores["mode"] == "given"
    ev, used = scores["types"]["Evaluated-With"], scores["types"]["Used-For"]
    assert (ev["tp"], ev["fp"], ev["fn"]) == (1, 0, 0)
    assert (used["tp"], used["fp"], used["fn"]) == (0, 1, 1)
    assert scores["unscored"] == {"proposes": 1}
    assert scores["micro"]["precision"] == 0.5 and scores["micro"]["recall"] == pytest.approx(1 / 3, abs=1e-4)


def test_duplicate_predictions_of_one_gold_relation_are_ignored(tmp_path):
    rows = scier_rows()
    t = SCIER_TEXT
    m = [Mention(12, 18, "FooNet", "Method", "foonet", "FooNet", 0),
         Mention(22, 30, "CIFAR-10", "Dataset", "cifar", "CIFAR-10", 0),
         Mention(22, 27, "CIFAR", "Dataset", "cifar-x", "CIFAR", 0)]
    doc = DocExtraction("d1", t, split_sentences(t), m,
                        relations=[Relation("evaluatedOn", 0, 1, 0, "r", 0.9),
                                   Relation("evaluatedOn", 0, 2, 0, "r", 0.8)])
    scores = evaluate_relations(_write(tmp_path, rows), docs=[doc])
    ev = scores["types"]["Evaluated-With"]
    assert (ev["tp"], ev["fp"], ev["predicted"], scores["duplicates"]) == (1, 0, 1, 1)


def test_scierc_evaluate_for_is_reversed(tmp_path):
    text = "We test the parser on the Penn Treebank with F1."
    ents = [_ent(text, "parser", "Method"), _ent(text, "Penn Treebank", "Material"), _ent(text, "F1", "Metric"),
            _ent(text, "We", "Generic")]
    rows = [{"id": "a", "text": text, "entities": ents,
             "relations": [{"head": 1, "tail": 0, "type": "EVALUATE-FOR"},
                           {"head": 2, "tail": 0, "type": "EVALUATE-FOR"},
                           {"head": 0, "tail": 3, "type": "HYPONYM-OF"}]}]
    docs = gold_entity_docs(rows)
    assert [(x.text, x.type) for x in docs[0].mentions] == [
        ("parser", "Method"), ("Penn Treebank", "Dataset"), ("F1", "Metric")]  # Generic dropped
    docs[0].relations = [Relation("evaluatedOn", 0, 1, 0, "r", 0.7)]
    scores = evaluate_relations(_write(tmp_path, rows), docs=docs)
    assert scores["corpus"] == "scierc"
    ev = scores["types"]["EVALUATE-FOR"]
    assert (ev["tp"], ev["fp"], ev["fn"], ev["gold"], ev["producible"]) == (1, 0, 1, 2, 1)
    assert scores["unmapped"] == {"HYPONYM-OF": 1}


def test_end_to_end_mode_uses_the_given_extractor(tmp_path):
    calls = []

    def fake_extract(text):
        calls.append(text)
        m = [Mention(12, 18, "FooNet", "Method", "foonet", "FooNet", 0),
             Mention(22, 30, "CIFAR-10", "Dataset", "cifar", "CIFAR-10", 0)]
        return DocExtraction("x", text, split_sentences(text), m)  # no relations: extract_relations runs

    scores = evaluate_relations(_write(tmp_path, scier_rows()), extract=fake_extract)
    assert calls == [SCIER_TEXT] and scores["mode"] == "end-to-end"
    assert scores["types"]["Evaluated-With"]["tp"] == 1


def test_errors(tmp_path):
    path = _write(tmp_path, scier_rows())
    with pytest.raises(ValueError, match="1 gold documents"):
        evaluate_relations(path, docs=[])
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.jsonl:1"):
        evaluate_relations(bad)


def test_format_report_is_a_table(tmp_path):
    scores = evaluate_relations(_write(tmp_path, scier_rows()))
    text = format_report([scores, scores])
    assert text.count("relations: scier, gold-entities mode, 1 documents") == 2
    assert "Evaluated-With" in text and "micro" in text and "SubTask-Of 1" in text


def test_mapping_tables_are_disjoint_and_use_kg_predicates():
    from kg.model import RELATION_TYPES

    assert not set(GOLD_MAP) & set(UNMAPPED)
    assert all(p in RELATION_TYPES for preds, _ in GOLD_MAP.values() for p in preds)
    assert {d for _, d in GOLD_MAP.values()} <= {"same", "reversed", "undirected"}


def test_split_sentences():
    text = "Title: X\n\nWe use e.g. BERT et al. for it. Results improve. [3] Next line\nLast one."
    got = [text[a:b] for a, b in split_sentences(text)]
    assert got == ["Title: X", "We use e.g. BERT et al. for it.", "Results improve.", "[3] Next line", "Last one."]
