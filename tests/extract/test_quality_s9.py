"""Ninth session quality round: the most frequent false entities of the 75k build, and names missed.

Each test is an invented sentence that shows one error category read on real abstracts
(see docs/quality.md, "Ninth session round"): "precision" in its everyday sense, the role a
model plays ("student model"), qualities a model achieves ("semantic alignment"), positional
modifiers ("intermediate layers"), and what must stay (the metric, real names next to them).
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _mentions(text):
    return [(m.text, m.type, m.entity_id) for m in extract_text(text).mentions]


def _ids(text):
    return {eid for _, _, eid in _mentions(text)}


# --- "precision": exactness or the metric


@pytest.mark.parametrize("sentence", [
    "The robot arm places parts with high precision on a moving belt.",
    "Drones survey fields for precision agriculture in dry regions.",
    "We quantise the weights to 4-bit precision without retraining.",
    "The planner keeps spatial precision while it adapts to new maps.",
    "Current captioners lack precision when objects are small.",
])
def test_precision_in_its_everyday_sense_is_no_metric(sentence):
    assert "precision" not in _ids(sentence)


@pytest.mark.parametrize("sentence", [
    "The classifier reaches high precision and recall on the held-out split.",
    "Our tagger obtains the highest precision at 0.93 among all systems.",
    "We report accuracy, precision and F1 on both splits.",
    "The detector improves precision by four points over the baseline.",
])
def test_precision_as_a_measure_stays_a_metric(sentence):
    assert ("precision", "Metric") in {(t.lower(), ty) for t, ty, _ in _mentions(sentence)}


def test_mixed_precision_quantization_is_one_method():
    got = _mentions("We apply mixed precision quantization to the vision encoder.")
    assert ("mixed precision quantization", "Method", "mixed-precision-quantization") in got


# --- roles a model plays


@pytest.mark.parametrize("sentence", [
    "A compact student model imitates the logits of a larger teacher model.",
    "The draft model proposes tokens that the verifier accepts or rejects.",
    "We keep the reference model frozen during preference training.",
    "Attacks crafted on surrogate models transfer to the victim model.",
])
def test_the_role_of_a_model_is_no_entity(sentence):
    ids = _ids(sentence)
    assert not ids & {"student-model", "teacher-model", "draft-model", "reference-model", "surrogate-model",
                      "victim-model"}, ids


def test_the_method_around_the_roles_stays():
    got = _mentions("We distil BERT into a student model with knowledge distillation.")
    assert ("knowledge distillation", "Method", "knowledge-distillation") in got
    assert ("BERT", "Model", "bert") in got


# --- qualities and positions, not tasks or methods


@pytest.mark.parametrize("sentence, eid", [
    ("The new loss improves semantic alignment between captions and frames.", "semantic-alignment"),
    ("Such questions require deeper semantic understanding of the scene.", "semantic-understanding"),
    ("Passages are ranked by semantic similarity to the query.", "semantic-similarity"),
    ("Cascaded pipelines suffer from error propagation between stages.", "error-propagation"),
    ("The adapter offers fine-grained control over the style of the output.", "finegrained-control"),
    ("The verifier scores intermediate reasoning steps of the solver.", "intermediate-reasoning"),
    ("Features from intermediate layers are fused by a gate.", "intermediate-layer"),
])
def test_a_quality_or_a_position_is_no_entity(sentence, eid):
    assert eid not in _ids(sentence)


def test_real_tasks_next_to_the_qualities_stay():
    got = _mentions("We study cross-modal alignment and semantic textual similarity.")
    assert ("cross-modal alignment", "Task", "cross-modal-alignment") in got
    assert any(eid == "semantic-textual-similarity" for _, _, eid in got), got


# --- types: a measured unit, a task's own acronym


@pytest.mark.parametrize("sentence, name", [
    ("Our planner achieves 45.0 PDMS in closed-loop driving.", "PDMS"),
    ("The segmenter gains 1.3 PQ and +2.1% gIoU over its baseline.", "PQ"),
    ("The segmenter gains 1.3 PQ and +2.1% gIoU over its baseline.", "gIoU"),
])
def test_a_shape_name_after_a_value_is_its_metric(sentence, name):
    assert (name, "Metric") in {(t, ty) for t, ty, _ in _mentions(sentence)}


def test_a_version_before_a_shape_name_is_no_value():
    assert ("VL", "Metric") not in {(t, ty) for t, ty, _ in _mentions("We prompt Qwen 2/2.5 VL on the charts.")}


def test_a_task_long_form_overrules_a_data_set_of_the_same_letters():
    got = _mentions("Shot boundary detection (SBD) splits a video into shots. SBD is hard on fades.")
    assert {ty for t, ty, _ in got if t == "SBD"} == {"Task"}, got


def test_a_benchmark_named_after_its_task_stays_a_benchmark():
    got = _mentions("Document Visual Question Answering (DocVQA) asks questions about scanned pages.")
    assert ("DocVQA", "Benchmark") in {(t, ty) for t, ty, _ in got}, got


# --- how a model was released or trained, and what a study does


@pytest.mark.parametrize("sentence, eid", [
    ("We compare open-weight models with closed-weight models on the quiz.", "open-weight-model"),
    ("Instruction-tuned models follow the format more often.", "instruction-tuned-model"),
    ("A warm-up schedule gives stable training on small batches.", "stable-training"),
    ("We attack black-box models through their outputs only.", "black-box-model"),
    ("Specialist models beat generalist models on rare classes.", "specialist-model"),
    ("An error analysis shows where the parser fails.", "error-analysis"),
])
def test_release_training_and_study_qualities_are_no_entities(sentence, eid):
    assert eid not in _ids(sentence)


def test_the_name_after_a_release_qualifier_stays():
    got = _mentions("We fine-tune open-weight language models on the new corpus.")
    assert ("language models", "Method", "language-model") in got
