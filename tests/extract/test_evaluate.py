"""The entity scorer on tiny hand-made gold / prediction files (no shared data)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.errors import InputError
from kg.evaluate import evaluate, fold_type, format_report, score

TEXT = "We train BERT on SQuAD and report F1 for question answering with this method."
#        0123456789012345678901234567890123456789012345678901234567890123456789012345678


def _span(word, type_, text=TEXT):
    s = text.index(word)
    return {"start": s, "end": s + len(word), "text": word, "type": type_}


GOLD = [
    {
        "id": "d1",
        "text": TEXT,
        "entities": [
            _span("BERT", "Method"),
            _span("SQuAD", "Material"),
            _span("F1", "Metric"),
            _span("question answering", "Task"),
            _span("this method", "Generic"),
        ],
    }
]


def _write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_fold_type():
    assert fold_type("model") == "METHOD" and fold_type("Benchmark") == "DATA"
    assert fold_type("OtherScientificTerm") == "IGNORE" and fold_type("TASK") == "TASK"


def test_perfect_prediction():
    preds = {"d1": [_span("BERT", "Model"), _span("SQuAD", "Dataset"), _span("F1", "Metric"),
                    _span("question answering", "Task")]}
    r = score(GOLD, preds)
    for mode in ("strict", "partial"):
        assert r[mode]["micro"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 4, "fp": 0, "fn": 0}


def test_boundary_error_is_partial_only():
    preds = {"d1": [_span("answering", "Task")]}
    r = score(GOLD, preds)
    assert r["strict"]["per_class"]["TASK"]["tp"] == 0 and r["strict"]["per_class"]["TASK"]["fp"] == 1
    assert r["partial"]["per_class"]["TASK"]["tp"] == 1 and r["partial"]["per_class"]["TASK"]["fp"] == 0


def test_wrong_class_is_fp_and_fn():
    r = score(GOLD, {"d1": [_span("BERT", "Dataset")]})
    assert r["partial"]["per_class"]["DATA"]["fp"] == 1
    assert r["partial"]["per_class"]["METHOD"]["fn"] == 1


def test_ignore_zone_counts_neither_way():
    r = score(GOLD, {"d1": [_span("method", "Method")]})
    assert r["strict"]["micro"]["fp"] == 0 and r["partial"]["micro"]["fp"] == 0


def test_unannotated_class_not_scored():
    gold = [{"id": "x", "text": "accuracy on MNIST", "entities": [_span("MNIST", "Dataset", "accuracy on MNIST")]}]
    r = score(gold, {"x": [_span("accuracy", "Metric", "accuracy on MNIST"), _span("MNIST", "Dataset", "accuracy on MNIST")]})
    assert r["classes"] == ["DATA"]
    assert r["strict"]["micro"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}


def test_partial_is_one_to_one():
    text = "graph neural network"
    gold = [{"id": "g", "text": text, "entities": [{"start": 0, "end": 20, "type": "Method"}]}]
    preds = {"g": [{"start": 0, "end": 5, "type": "Method"}, {"start": 6, "end": 20, "type": "Method"}]}
    r = score(gold, preds)
    assert r["partial"]["micro"]["tp"] == 1 and r["partial"]["micro"]["fp"] == 1


def test_duplicate_gold_spans_multiset():
    text = "BERT"
    gold = [{"id": "g", "text": text, "entities": [{"start": 0, "end": 4, "type": "Method"}] * 2}]
    r = score(gold, {"g": [{"start": 0, "end": 4, "type": "Method"}]})
    assert r["strict"]["micro"]["tp"] == 1 and r["strict"]["micro"]["fn"] == 1


def test_errors_listed(tmp_path):
    r = score(GOLD, {"d1": [_span("train", "Method")]}, show_errors=5)
    assert ["train", "METHOD", 1] in r["false_positives"]
    assert ["squad", "DATA", 1] in r["false_negatives"]


def test_evaluate_files_and_cli(tmp_path):
    gold = _write(tmp_path / "gold.jsonl", GOLD)
    pred = _write(tmp_path / "pred.jsonl", [{"id": "d1", "entities": [_span("BERT", "Model")]}])
    r = evaluate(gold, pred)
    assert r["strict"]["micro"]["tp"] == 1 and r["strict"]["micro"]["fn"] == 3
    assert "micro" in format_report(r)
    from kg.commands.eval import command

    out = tmp_path / "r.json"
    res = CliRunner().invoke(command, [str(gold), "--pred", str(pred), "--json", str(out)])
    assert res.exit_code == 0, res.output
    assert "partial" in res.output and json.loads(out.read_text())["docs"] == 1


def test_evaluate_without_pred_runs_kg(tmp_path):
    gold = _write(tmp_path / "gold.jsonl", GOLD)
    r = evaluate(gold)
    assert r["docs"] == 1 and r["partial"]["micro"]["tp"] >= 1


def test_bad_gold(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json}\n")
    with pytest.raises(InputError, match="bad.jsonl:1"):
        evaluate(bad)
    with pytest.raises(InputError):
        evaluate(tmp_path / "missing.jsonl")
