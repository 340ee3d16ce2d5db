"""Fourteenth session, second entity round: leftovers of the first round read on real abstracts
(invented sentences, one error kind each)."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from test_entities_s13 import mention_types  # (same folder: pytest puts it on the path)


# --- a short form glued to the word before its bracket


@pytest.mark.parametrize("sentence, long_form, short", [
    ("We propose Layered Token Pruning(LTP), a plug-in for vision encoders.", "Layered Token Pruning", "LTP"),
    ("As vision language models(VLMs) grow, their cost grows too.", "vision language models", "VLMs"),
    ("Previously, graph neural network(GNN) based encoders dominated.", "graph neural network", "GNN"),
])
def test_a_glued_short_form_makes_a_pair(sentence, long_form, short):
    doc = extract_text(sentence)
    by_text = {m.text: m for m in doc.mentions}
    assert long_form in by_text and short in by_text
    assert by_text[long_form].entity_id == by_text[short].entity_id


def test_a_glued_short_form_does_not_cut_the_long_form():
    # the long form was cut before its last word, which the bracket was glued to
    types = mention_types("We propose Gradient Aligned Model Learning(GAML2), a merging method.")
    assert "Gradient Aligned Model Learning" in types and "Gradient Aligned" not in types


@pytest.mark.parametrize("sentence, whole", [
    ("The sort runs in O(NlogN) time on every input.", "O(NlogN"),
    ("We minimise f(x) over the simplex.", "f(x"),
])
def test_a_bracket_after_a_capital_or_before_lower_case_stays_glued(sentence, whole):
    from kg.extract.pipeline import build_nlp

    tokens = [t.text for t in build_nlp().tokenizer(sentence)]
    assert whole in tokens
