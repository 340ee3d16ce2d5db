"""Relation quality, sixteenth session, second round: a generic technique that only names the kind of
a new method ("a fine-tuning framework based on LoRA") is not what is based on Y; the name that
phrase stands in apposition to is; what something happens "due to / because of" is no subject; the
example tasks after a harm ("leads to a loss of detail in tasks such as T", "fail on tasks such as T")
or in a contrast clause ("... while label scarcity remains a problem in tasks such as T") are no use.

Every sentence here is invented for the test (none is quoted from an abstract or a gold set);
each rule has a case that must fire and a near miss that must stay silent.
"""

from __future__ import annotations

from dataclasses import replace

from test_relations import make_doc

from kg.extract.relations import extract_relations


def _as_lexicon(doc, *surfaces: str):
    """Mark the mentions written ``surfaces`` as lexicon techniques (lower-case labels)."""
    doc.mentions[:] = [replace(m, entity_id=m.text.lower(), label=m.text.lower(), source="lexicon")
                       if m.text in surfaces else m for m in doc.mentions]
    return doc


def _pairs(doc, predicate: str) -> set[tuple[str, str]]:
    return {(doc.mentions[r.head].text, doc.mentions[r.tail].text)
            for r in extract_relations(doc)[0] if r.predicate == predicate and r.head is not None}


# ---------------------------------------------------------------- basedOn: a technique as a kind
def test_a_technique_naming_the_kind_of_a_framework_is_not_based_on_y():
    names = {"fine-tuning": "Method", "QLoRA": "Method", "essay scoring": "Task"}
    text = "We design a lightweight fine-tuning framework based on QLoRA for essay scoring."
    doc = _as_lexicon(make_doc(text, names), "fine-tuning")
    assert ("fine-tuning", "QLoRA") not in _pairs(doc, "basedOn")


def test_the_name_in_apposition_to_the_technique_is_based_on_y():
    names = {"ScoreTune": "Method", "fine-tuning": "Method", "QLoRA": "Method"}
    text = "We present ScoreTune, a lightweight fine-tuning framework based on QLoRA, for essay scoring."
    doc = _as_lexicon(make_doc(text, names), "fine-tuning")
    got = _pairs(doc, "basedOn")
    assert ("ScoreTune", "QLoRA") in got
    assert ("fine-tuning", "QLoRA") not in got


def test_a_name_with_its_abbreviation_before_the_apposition_is_based_on_y():
    names = {"Rank-Aware Tuning": "Method", "RAT": "Method", "multi-task learning": "Method",
             "prefix tuning": "Method"}
    text = "We propose Rank-Aware Tuning (RAT), a multi-task learning method built on prefix tuning."
    doc = _as_lexicon(make_doc(text, names), "multi-task learning", "prefix tuning")
    got = _pairs(doc, "basedOn")
    assert ("RAT", "prefix tuning") in got
    assert ("multi-task learning", "prefix tuning") not in got


def test_a_list_item_before_the_technique_is_no_apposed_name():
    names = {"query embeddings": "Method", "fine-tuning": "Method", "LoRA": "Method"}
    text = ("Our contributions are a decoder that produces query embeddings, a two-stage fine-tuning method "
            "based on LoRA, and a memory module.")
    doc = _as_lexicon(make_doc(text, names), "fine-tuning")
    assert not _pairs(doc, "basedOn")


def test_a_technique_that_is_itself_based_on_y_keeps_the_relation():
    names = {"knowledge distillation": "Method", "optimal transport": "Method"}
    text = "In this setting, knowledge distillation is based on optimal transport between the two models."
    doc = _as_lexicon(make_doc(text, names), "knowledge distillation", "optimal transport")
    assert ("knowledge distillation", "optimal transport") in _pairs(doc, "basedOn")


def test_a_named_method_before_a_kind_noun_keeps_the_relation():
    names = {"DeepSpeed": "Method", "ZeRO": "Method"}
    text = "We adopt the DeepSpeed training strategy based on ZeRO to scale the model."
    assert ("DeepSpeed", "ZeRO") in _pairs(make_doc(text, names), "basedOn")


# ---------------------------------------------------------------- a cause is no subject
def test_the_object_of_due_to_is_not_the_subject_of_the_next_clause():
    names = {"GraphTok": "Method", "uniform sampling": "Method", "node classification": "Task"}
    text = ("GraphTok reduces the token budget, avoids information loss due to uniform sampling, and improves "
            "accuracy on graph tasks such as node classification.")
    got = {(h, t) for h, t in _pairs(make_doc(text, names), "usedFor")}
    assert ("uniform sampling", "node classification") not in got
    assert ("GraphTok", "node classification") in got


def test_the_object_of_due_to_is_no_loser_of_a_comparison():
    names = {"LLMs": "Method", "instruction tuning": "Method", "SLMs": "Method"}
    text = "However, LLMs are costly due to instruction tuning, being on average 40x slower than SLMs."
    got = _pairs(make_doc(text, names), "outperforms")
    assert ("SLMs", "instruction tuning") not in got
    assert ("SLMs", "LLMs") in got


def test_a_subject_before_due_to_keeps_its_relation():
    names = {"GraphTok": "Method", "node classification": "Task"}
    text = "Due to its small memory footprint, GraphTok performs well in graph tasks such as node classification."
    assert ("GraphTok", "node classification") in _pairs(make_doc(text, names), "usedFor")


# ---------------------------------------------------------------- x_tasks_such_as: harm and contrast
def test_a_method_that_causes_a_loss_in_tasks_is_not_used_for_them():
    names = {"ToneNet": "Method", "pedestrian detection": "Task"}
    text = "However, ToneNet leads to a loss of detail in perception tasks, such as pedestrian detection."
    assert not _pairs(make_doc(text, names), "usedFor")


def test_a_method_that_brings_gains_in_tasks_is_used_for_them():
    names = {"ToneNet": "Method", "pedestrian detection": "Task"}
    text = "However, ToneNet leads to clear gains in perception tasks, such as pedestrian detection."
    assert ("ToneNet", "pedestrian detection") in _pairs(make_doc(text, names), "usedFor")


def test_a_method_that_fails_on_tasks_is_not_used_for_them():
    names = {"LLMs": "Method", "gesture spelling recognition": "Task"}
    text = "We find that pretrained LLMs fail badly on fine-grained motion tasks such as gesture spelling recognition."
    assert not _pairs(make_doc(text, names), "usedFor")


def test_tasks_in_a_contrast_clause_are_not_the_methods_use():
    names = {"VLMs": "Method", "depth estimation": "Task"}
    text = ("VLMs have shown strong results across many tasks while label scarcity remains a hard problem in "
            "geometric tasks, such as depth estimation.")
    assert not _pairs(make_doc(text, names), "usedFor")


def test_a_participle_after_while_keeps_the_tasks():
    names = {"patch mixing approach": "Method", "person re-identification": "Task"}
    text = ("We introduce a patch mixing approach that needs fewer labels while improving robustness across "
            "vision tasks, including person re-identification.")
    assert ("patch mixing approach", "person re-identification") in _pairs(make_doc(text, names), "usedFor")
