"""Relation quality, sixteenth session, third round: a generic technique written as its short form in
parentheses ("a deep reinforcement learning (DRL) scheduling framework based on Y") only names the kind
of the new method, as its long form does; the short form is not what is based on Y.

Every sentence here is invented for the test (none is quoted from an abstract or a gold set);
each rule has a case that must fire and a near miss that must stay silent.
"""

from __future__ import annotations

from dataclasses import replace

from test_relations import make_doc

from kg.extract.relations import extract_relations


def _as_lexicon(doc, **labels: str):
    """Mark the mentions written as the keys of ``labels`` as lexicon techniques with those labels."""
    doc.mentions[:] = [replace(m, entity_id=labels[m.text], label=labels[m.text], source="lexicon")
                       if m.text in labels else m for m in doc.mentions]
    return doc


def _pairs(doc, predicate: str) -> set[tuple[str, str]]:
    return {(doc.mentions[r.head].text, doc.mentions[r.tail].text)
            for r in extract_relations(doc)[0] if r.predicate == predicate and r.head is not None}


def test_a_technique_short_form_naming_the_kind_of_a_method_is_not_based_on_y():
    names = {"DRL": "Method", "PPO": "Method"}
    text = "We propose a novel deep reinforcement learning (DRL) scheduling framework based on PPO for edge servers."
    doc = _as_lexicon(make_doc(text, names), DRL="deep reinforcement learning")
    assert ("DRL", "PPO") not in _pairs(doc, "basedOn")


def test_a_technique_short_form_before_a_training_method_is_not_based_on_y():
    names = {"CNN": "Method", "curriculum learning": "Method"}
    text = "We present a convolutional neural network (CNN) training method based on curriculum learning."
    doc = _as_lexicon(make_doc(text, names), CNN="convolutional neural network")
    assert ("CNN", "curriculum learning") not in _pairs(doc, "basedOn")


def test_a_new_name_short_form_before_framework_stays_based_on_y():
    names = {"TGR": "Method", "PPO": "Method"}
    text = "We propose a novel Task Graph Router (TGR) framework based on PPO for edge servers."
    assert ("TGR", "PPO") in _pairs(make_doc(text, names), "basedOn")


def test_a_technique_short_form_before_a_plain_model_stays_based_on_y():
    names = {"CRF": "Method", "SciBERT": "Model"}
    text = "We train a conditional random field (CRF) model based on SciBERT for tagging."
    doc = _as_lexicon(make_doc(text, names), CRF="conditional random field")
    assert ("CRF", "SciBERT") in _pairs(doc, "basedOn")


def test_a_technique_short_form_without_a_new_instance_stays_based_on_y():
    names = {"ICL": "Method", "LLMs": "Method"}
    text = "In-Context Learning (ICL) technique based on LLMs has become popular for tagging."
    doc = _as_lexicon(make_doc(text, names), ICL="in-context learning")
    assert ("ICL", "LLMs") in _pairs(doc, "basedOn")
