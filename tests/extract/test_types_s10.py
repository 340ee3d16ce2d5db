"""Tenth session: entity types. A mention of the right kind of thing.

Each test is an invented sentence that shows one typing error read on corpus abstracts
(see docs/quality.md, "Tenth session: types"): coined names in a list of known data sets
typed Method, and the cases where the list must not decide.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _types(text):
    return {m.text: m.type for m in extract_text(text).mentions}


# --- a coined name in a list of known names is one of their kind


@pytest.mark.parametrize("sentence, name, kind", [
    ("We report gains on video benchmarks (e.g., MVBench, GlorpTest, and TempoFlux).", "GlorpTest", "Benchmark"),
    ("We report gains on video benchmarks (e.g., MVBench, GlorpTest, and TempoFlux).", "TempoFlux", "Benchmark"),
    ("It improves over GPT-4o on 1D-ARC, ZORPA, and MiniZorp, respectively.", "MiniZorp", "Benchmark"),
    ("It improves over GPT-4o on 1D-ARC, ZORPA, and MiniZorp, respectively.", "ZORPA", "Benchmark"),
    ("The detector is tested on the Cityscapes and FoggyZorp datasets.", "FoggyZorp", "Dataset"),
    ("Quality is scored with BLEU, ZorbMeter and METEOR on the test split.", "ZorbMeter", "Metric"),
])
def test_a_coined_name_listed_with_known_names_takes_their_type(sentence, name, kind):
    assert _types(sentence)[name] == kind


def test_a_shape_match_of_a_known_name_does_not_hide_it_from_the_list():
    # "MVBench" is matched by the lexicon and by a shape rule: the list must see the lexicon's type
    assert _types("The model is strong on MVBench and ZORPA alike.")["ZORPA"] == "Benchmark"


@pytest.mark.parametrize("sentence, name, kind", [
    # a clause that ends with a data name is no list: "On the X dataset, Y achieves ..."
    ("On the CIFAR-10 dataset, GlorpFix reaches the best accuracy.", "GlorpFix", "Method"),
    # a model's digits say more than its neighbours: class names are typed Method
    ("We study two audio LLMs, VideoZorp2 and the Flurb model.", "VideoZorp2", "Model"),
    # a task acronym stays a task next to a method name
    ("Our VLA models beat VLN and RAG baselines by far.", "VLN", "Task"),
])
def test_the_list_does_not_overrule_a_stronger_sign(sentence, name, kind):
    assert _types(sentence)[name] == kind
