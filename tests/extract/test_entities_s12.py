"""Twelfth session: entity precision on real abstracts (invented sentences, one error kind each).

A verb that opens a noun phrase is no part of a name: after a manner adverb ("dynamically
reweigh"), after a word whose "to" opens an infinitive ("is leveraged to verify"), a gerund
with an object after a preposition ("by learning X"), and "pay/draw/allocate attention".
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _types(text):
    return {m.text: m.type for m in extract_text(text).mentions}


def _assert_cut(sentence, wrong, right):
    """``wrong`` (a phrase with a verb or vague word in front) is no mention; ``right``, the
    phrase without it, is one (None: whatever is left need not be)."""
    types = _types(sentence)
    assert wrong not in types and (right is None or right in types)


# --- after a manner adverb, a word without an adjective's shape is the verb


@pytest.mark.parametrize("sentence, wrong, right", [
    ("A scheduler is added to dynamically reweigh contrastive distillation losses.",
     "reweigh contrastive distillation losses", None),
    ("Shadows adversely impact glyph segmentation in old scans.", "impact glyph segmentation", None),
    ("We test whether explicitly modeling temporal reasoning helps the planner.",
     "modeling temporal reasoning", "temporal reasoning"),
    ("Crafted prompts effectively bypass moderation filters of chat systems.",
     "bypass moderation filters", "moderation filters"),
])
def test_a_verb_after_a_manner_adverb_is_cut(sentence, wrong, right):
    _assert_cut(sentence, wrong, right)


@pytest.mark.parametrize("sentence, name", [
    # an adjective or participle after the adverb goes with it (s13b; the noun phrase stays)
    ("The decoder uses inherently sparse attention over the patches.", "sparse attention"),
    ("We add a semantically grounded scene synthesis stage.", "scene synthesis"),
    ("Its input is a physically plausible motion model of the arm.", "motion model"),
    # a focusing adverb says nothing of the word after it
    ("Generative models, particularly diffusion models, dominate the field.", "diffusion models"),
])
def test_no_verb_is_cut_after_an_adverb_where_none_stands(sentence, name):
    assert name in _types(sentence)


# --- a "to" after a word that takes an infinitive: the next word is the verb


@pytest.mark.parametrize("sentence, wrong, right", [
    ("A small language model is leveraged to verify reasoning traces of the planner.",
     "verify reasoning traces", None),
    ("Existing detectors struggle to balance defect detection and speed.", "balance defect detection", None),
    ("Our key insight is to reformulate glyph registration as matching.",
     "reformulate glyph registration", "glyph registration"),
])
def test_a_verb_after_an_infinitive_to_is_cut(sentence, wrong, right):
    _assert_cut(sentence, wrong, right)


def test_a_preposition_to_keeps_its_phrase():
    assert "graph attention networks" in _types("The method is compared to graph attention networks.")


# --- a gerund with an object after a preposition or "propose" is a verb


@pytest.mark.parametrize("sentence, wrong, right", [
    ("We improve recall by learning sparse sensor embeddings from raw logs.",
     "learning sparse sensor embeddings", "sparse sensor embeddings"),
    ("We propose modeling forged image detection as a retrieval problem.",
     "modeling forged image detection", "forged image detection"),
    ("This gives a recipe for scaling open-vocabulary relation detection.",
     "scaling open-vocabulary relation detection", "open-vocabulary relation detection"),
])
def test_a_gerund_with_an_object_is_cut(sentence, wrong, right):
    _assert_cut(sentence, wrong, right)


def test_a_gerund_compound_stays():
    assert "learning rate warmup" in _types("We tune the model by learning rate warmup for each layer.")


@pytest.mark.parametrize("sentence", [
    "It teaches the model to pay attention to small objects.",
    "These maps draw attention to the salient regions.",
    "The router learns to allocate attention across the frames.",
])
def test_paying_attention_is_no_method(sentence):
    assert not any("attention" in name for name in _types(sentence))


# --- a vague adjective before a one-word head makes no name


@pytest.mark.parametrize("sentence, phrase", [
    ("Both branches share a single encoder to save parameters.", "single encoder"),
    ("Reasoning models often produce verbose reasoning on easy questions.", "verbose reasoning"),
    ("Long clips need excessive memory during training.", "excessive memory"),
    ("Adapters give finer control over the glyph style.", "finer control"),
    ("Long chains lead to worse grounding of the answers.", "worse grounding"),
    ("We provide a meticulous analysis of glyph tokenizers.", "meticulous analysis"),
])
def test_a_vague_adjective_and_a_head_is_no_entity(sentence, phrase):
    assert phrase not in _types(sentence)


def test_a_vague_adjective_in_a_longer_name_stays():
    assert "single image super-resolution" in _types("We study single image super-resolution of faces.")


# --- a pair that a task head follows names what the task works on, no method


def test_a_pair_before_a_task_head_is_no_method():
    types = _types("Accurate Glyph Stroke Order (GSO) estimation is hard. Prior GSO estimation "
                   "relies on handcrafted rules.")
    assert "GSO" not in types and "Glyph Stroke Order" not in types
    assert types.get("GSO estimation") == "Task"


def test_a_pair_before_a_task_head_and_a_method_word_stays():
    types = _types("We combine the Zorbic Correlation Filter (ZCF) tracking algorithm with a detector.")
    assert types.get("ZCF") == "Method"


@pytest.mark.parametrize("sentence, name, task", [
    ("We study sensor-based QDL recognition in smart homes. QDL data are scarce.", "QDL", "QDL recognition"),
    ("The model reaches an error of 3.1 for ZEF estimation from echo videos.", "ZEF", "ZEF estimation"),
])
def test_an_acronym_before_a_task_head_is_what_the_task_works_on(sentence, name, task):
    types = _types(sentence)
    assert name not in types and task in " ".join(types)


def test_a_network_acronym_before_a_task_head_stays():
    assert _types("We compare ZKNN classification with a random forest.").get("ZKNN") == "Method"


# --- a noun-like verb after a plural subject opens no phrase


@pytest.mark.parametrize("sentence, wrong, right", [
    ("Existing trackers face occlusion handling problems in crowds.", "face occlusion handling", None),
    ("We test how glyph statistics impact stroke classification accuracy.",
     "glyph statistics impact stroke classification", "stroke classification"),
    ("Our benchmark tasks span temporal reasoning and counting.", "span temporal reasoning", "temporal reasoning"),
])
def test_a_verb_after_a_plural_subject_is_cut(sentence, wrong, right):
    _assert_cut(sentence, wrong, right)


@pytest.mark.parametrize("sentence, name", [
    ("The new loss improves face recognition on masked faces.", "face recognition"),
    ("Signals such as answer matching are too coarse.", "answer matching"),
])
def test_the_noun_stays_where_no_plural_subject_stands(sentence, name):
    assert name in _types(sentence)


# --- units and hardware are no methods or data sets


def test_operation_counts_are_metrics_and_chips_no_entities():
    types = _types("The kernel reaches 1038 TOPS on RTX5090 and runs on STM32F7 (Cortex-M7) boards.")
    assert types.get("TOPS") == "Metric"
    assert not {"RTX5090", "STM32F7", "Cortex-M7"} & set(types)


def test_a_long_form_with_per_is_a_unit():
    types = _types("The renderer runs at over 30 Glyphs Per Second (GLPS) on a laptop.")
    assert types.get("GLPS") == "Metric"


def test_a_journal_or_consortium_name_is_no_entity():
    types = _types("This special issue of the QAL journal gathers work by the ZODELIA consortium on parsing.")
    assert "QAL" not in types and "ZODELIA" not in types


def test_names_after_benchmarks_such_as_are_benchmarks():
    types = _types("We evaluate on spatial benchmarks, including ZAT-2 and QLINK, and find gains.")
    assert types.get("ZAT-2") == "Benchmark" and types.get("QLINK") == "Benchmark"


def test_names_after_datasets_such_as_stay_datasets():
    types = _types("We train on public datasets such as ZorbSet and QuillNews.")
    assert types.get("ZorbSet") == "Dataset"


@pytest.mark.parametrize("sentence, wrong, right", [
    ("We learn precise semantic glyph embeddings for retrieval.",
     "precise semantic glyph embeddings", "semantic glyph embeddings"),
    ("Our pipeline tackles the complicated grasp synthesis problem in two stages.",
     "complicated grasp synthesis problem", None),
    ("These recommender systems risk reinforcing filter bubbles for users.", "reinforcing filter", None),
])
def test_a_vague_adjective_or_verb_is_cut_from_a_longer_phrase(sentence, wrong, right):
    _assert_cut(sentence, wrong, right)


@pytest.mark.parametrize("sentence, phrase", [
    ("Our cache gives faster rendering of glyph scenes.", "faster rendering"),
    ("Such prompts elicit detailed reasoning from the model.", "detailed reasoning"),
    ("The adapter trains with reduced memory on one card.", "reduced memory"),
])
def test_an_evaluative_qualifier_and_one_head_is_no_entity(sentence, phrase):
    assert phrase not in _types(sentence)


def test_a_qualifier_that_makes_a_name_with_its_head_stays():
    assert "manual labeling" in _types("Manual work is slow, so we replace manual labeling with a tagger.")
