"""Names with an unbalanced bracket are cut back to the name (kg.extract.brackets)."""

from __future__ import annotations

from kg.extract import extract_text


def test_names_are_cut_before_an_unbalanced_bracket():
    texts = {m.text for m in extract_text("The ADD(-S) metric, SANC(E3) and ASP(Q) run in O(NlogN) time.").mentions}
    assert {"ADD", "SANC", "ASP"} <= texts
    assert not any("(" in t or ")" in t for t in texts)


def test_balanced_brackets_stay():
    texts = {m.text for m in extract_text("We evaluate Qwen2.5-VL (3B) and the f(x) baseline on ImageNet.").mentions}
    assert "ImageNet" in texts
    assert all(t.count("(") == t.count(")") for t in texts)
