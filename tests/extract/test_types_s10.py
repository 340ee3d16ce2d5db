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


# --- a plural data word after a list types every name of the list


def test_a_plural_data_word_after_a_list_types_the_whole_list():
    types = _types("We refine the FashionZQ and CIRZ datasets to build two test sets.")
    assert types["FashionZQ"] == "Dataset"


@pytest.mark.parametrize("sentence, name", [
    ("We release a model, FigZodifier and ImgZode-8M dataset, for chart code.", "FigZodifier"),
    ("We balance the model's Sys-1 and Sys-2 data with a reward.", "Sys-1"),
])
def test_a_singular_or_bare_data_word_names_the_last_item_only(sentence, name):
    assert _types(sentence).get(name) not in ("Dataset", "Benchmark")


# --- an appositive opens with a noun phrase, not a participle


def test_a_participle_after_a_comma_is_no_appositive_head():
    sentence = "It scores 80.7% on the SAR benchmark ZorpLang-Bench, exceeding 7B models by 7%."
    assert _types(sentence)["ZorpLang-Bench"] == "Benchmark"


def test_an_appositive_with_a_number_still_types_the_name():
    assert _types("We introduce PolarZS and PolarBurstZR, two innovative datasets.")["PolarBurstZR"] == "Dataset"


# --- an appositive cue does not take the last word of a capitalised run for a name


def test_the_ordinary_last_word_of_a_title_case_name_is_no_name():
    ms = {(m.text, m.type) for m in extract_text(
        "We accelerate models with Bottleneck Sampling, a training-free method. Sampling is cheap.").mentions}
    assert ("Sampling", "Method") not in ms
    assert ("Bottleneck Sampling", "Method") in ms


def test_a_coined_name_after_a_lowercase_word_stays():
    assert _types("We present Dolphin, a novel agent for chess.")["Dolphin"] == "Method"


# --- trees, forests and machines need a modifier that makes them models


@pytest.mark.parametrize("sentence, phrase", [
    ("Drones count individual trees in urban forests every spring.", "urban forests"),
    ("Drones count individual trees in urban forests every spring.", "individual trees"),
    ("The scans ran on a single machine with two GPUs.", "single machine"),
])
def test_plants_and_devices_are_no_methods(sentence, phrase):
    assert phrase not in _types(sentence)


@pytest.mark.parametrize("sentence, phrase", [
    ("We compare gradient-boosted decision trees with the baseline.", "gradient-boosted decision trees"),
    ("The controller is a finite state machine with four states.", "finite state machine"),
    ("The Isolation Forest flags outliers in the logs.", "Isolation Forest"),
])
def test_trees_and_machines_of_learning_stay(sentence, phrase):
    assert _types(sentence)[phrase] == "Method"


# --- an abbreviation of an institution names no entity


def test_an_institution_and_its_abbreviation_are_no_entities():
    found = _types("Scans from Massachusetts General Hospital (MGH) and the National Institutes of Health "
                   "(NIH) were labelled; MGH scans are noisier. We fine-tune LoRA adapters.")
    assert not {"Massachusetts General Hospital", "MGH", "National Institutes of Health", "NIH"} & set(found)
    assert found["LoRA"] == "Method"


def test_an_institution_word_inside_a_method_name_stays():
    found = _types("We propose Center Sampling K-Nearest Neighbors (CSKNN) for retrieval.")
    assert found["CSKNN"] == "Method"


# --- a coined abbreviation followed by a built thing's head names a method


def test_a_coined_pair_before_a_module_or_framework_head_is_a_method():
    found = _types("We propose the Vision-Language Semantic Alignment (VLSA) module and a Progressive "
                   "Motion Generation (PMG) method.")
    assert found["VLSA"] == found["PMG"] == "Method"


def test_a_task_pair_before_a_plural_head_stays_a_task():
    found = _types("Existing Shot Boundary Detection (SBD) methods fail on films.")
    assert found["SBD"] == "Task"


# --- a title's description headed by a data word types the title's name


def test_a_title_describing_a_dataset_or_benchmark_types_its_name():
    assert _types("SenseAI: A Human-in-the-Loop Dataset for Financial Reasoning\n\nWe release it.")["SenseAI"] == "Dataset"
    assert _types("FooEval: A Multilingual Benchmark for Token Understanding\n\nWe test LLMs.")["FooEval"] == "Benchmark"


def test_a_title_whose_data_word_is_no_head_keeps_a_method():
    assert _types("CRAFT: Cultural Dataset Adaptation for Image Generation\n\nWe adapt it.")["CRAFT"] == "Method"
