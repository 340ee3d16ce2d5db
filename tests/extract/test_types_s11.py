"""Eleventh session: the types of names found by shape, cue, title and abbreviation rules.

Each test is an invented sentence that shows one error kind read on corpus abstracts.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _types(text):
    return {m.text: m.type for m in extract_text(text).mentions}


# --- a plural short form defined by a long form that names no entity is no entity either
# (the singular already went: "an autonomous vehicle (AV)")


@pytest.mark.parametrize("text, short", [
    ("We study perception for autonomous vehicles (AVs) with onboard cameras. AVs need it.", "AVs"),
    ("Cardiovascular diseases (CVDs) are disorders of the heart. We screen for CVDs.", "CVDs"),
    ("Growing short video platforms (SVPs) struggle to moderate uploads.", "SVPs"),
    ("Low-income regions rely on community health workers (CHWs) for screening.", "CHWs"),
])
def test_a_plural_short_form_of_no_entity_is_no_entity(text, short):
    assert short not in _types(text)


# --- a long form that names a kind of technique keeps its pair: a known name as its head,
# or a plural head of a technique the phrase rules do not type


@pytest.mark.parametrize("text, name, type_", [
    ("We probe reasoning LLMs (RLLMs) for shortcut answers.", "RLLMs", "Method"),
    ("We encode volumes with implicit neural representations (INRs) of the density.", "INRs", "Method"),
    # (an attack is a Task since the lexicon lists Papers with Code's attack tasks: kept, and typed so)
    ("We defend retrieval systems against membership inference attacks (MIAs) on their index.", "MIAs",
     "Task"),
])
def test_a_long_form_that_names_a_kind_of_technique_keeps_its_pair(text, name, type_):
    assert _types(text).get(name) == type_


def test_a_known_name_as_the_head_is_no_alias_of_it():
    """"reasoning LLMs (RLLMs)" are a kind of LLM, their own entity, not the entity LLM."""
    got = {m.text: m.entity_id for m in extract_text("We probe reasoning LLMs (RLLMs) for shortcuts.").mentions}
    assert got.get("RLLMs") not in (None, "llm")


# --- a name in a list that a plural data word opens is data: "two datasets, A and B",
# "benchmarks (A, B)"; a method after such a clause stays a method


@pytest.mark.parametrize("text, name, type_", [
    ("Experiments on two public datasets, GRENDA and Volkit-2, show gains.", "GRENDA", "Dataset"),
    ("Experiments on two public datasets, GRENDA and Volkit-2, show gains.", "Volkit-2", "Dataset"),
    ("We test on four datasets (ZEPH'21, MORV, KelpSeg, and TIDEX) of scans.", "MORV", "Dataset"),
    ("We test on four datasets (ZEPH'21, MORV, KelpSeg, and TIDEX) of scans.", "TIDEX", "Dataset"),
    ("We release two benchmarks, ToneQuiz and PlotCheck, for control.", "PlotCheck", "Benchmark"),
    ("On the public KITTI datasets, GlideSLAM achieves the best accuracy.", "GlideSLAM", "Method"),
])
def test_a_name_in_a_list_of_data_is_data(text, name, type_):
    assert _types(text).get(name) == type_


def test_a_list_with_a_known_model_is_no_list_of_data():
    assert _types("On five datasets, GPT-4o and FooLM-3 answer best.").get("FooLM-3") != "Dataset"


# --- a coined spelling before "images", "scans" or "imaging" names a modality or an image
# format, no method, wherever the abstract names it


@pytest.mark.parametrize("text, name", [
    ("We segment the ventricles in QRM images of 300 patients. QRM is slow to acquire.", "QRM"),
    ("The detector reads low-dose KTCA scans from two hospitals.", "KTCA"),
    ("We restore noisy ZRAW images from phone sensors.", "ZRAW"),
    ("Depth from dToQ imaging suffers from multipath errors.", "dToQ"),
])
def test_a_name_before_images_or_scans_is_no_entity(text, name):
    assert name not in _types(text)


# --- a challenge or competition is a benchmark; a conference or workshop is no entity


@pytest.mark.parametrize("text, name", [
    ("Our solution ranked second in the KORVO challenge at a vision venue.", "KORVO"),
    ("We describe our entry to the FetoSeg 2025 Challenge on fetal brain MRI.", "FetoSeg"),
    ("Teams took part in the QLIMB competition on robot grasping.", "QLIMB"),
])
def test_a_challenge_is_a_benchmark(text, name):
    assert _types(text).get(name) == "Benchmark"


def test_a_conference_is_no_entity():
    assert "ZIBSI" not in _types("The challenge was held with the IEEE ZIBSI 2025 conference in Houston.")


# --- a data word right before a name names it: "the open dataset LUMIERE", "Dataset CI4R",
# "a new dataset (RELIE)"; "we benchmark FooNet" is a verb


@pytest.mark.parametrize("text, name, type_", [
    ("The models were trained and tested on the open dataset QUARVIN.", "QUARVIN", "Dataset"),
    ("It reaches 92% accuracy on Dataset ZK4R with fewer parameters.", "ZK4R", "Dataset"),
    ("We release a new dataset (TORVEL) of annotated scans of bridges.", "TORVEL", "Dataset"),
    ("It gains 4% on the clinical benchmark MedQuill.", "MedQuill", "Benchmark"),
    ("Experiments on public datasets GRENDA, Volkit-2, and ZEPH demonstrate gains.", "Volkit-2", "Dataset"),
    ("We benchmark SpiroNet against five strong detectors.", "SpiroNet", "Method"),
    ("On the Grid dataset, WERD and MCDX decrease by 2 points.", "WERD", "Method"),
])
def test_a_data_word_names_the_name_after_it(text, name, type_):
    got = _types(text).get(name, "Method")
    assert got == type_ if type_ != "Method" else got not in ("Dataset", "Benchmark")


# --- an appositive that calls a proposed name data makes it data; a tool or framework "for
# datasets" does not


@pytest.mark.parametrize("text, name, type_", [
    ("We introduce Quorvant, a large-scale multilingual question answering dataset.", "Quorvant", "Dataset"),
    ("We present Plinthar, the first challenging benchmark for table reasoning.", "Plinthar", "Benchmark"),
    ("We release Grainly, a large-scale collection of speech datasets.", "Grainly", "Dataset"),
    ("We present G2Q+, a tool for converting orthographic datasets.", "G2Q+", "Method"),
    ("This paper introduces TurnFoo, a novel framework and dataset for evaluation.", "TurnFoo", "Method"),
])
def test_an_appositive_that_calls_a_name_data(text, name, type_):
    got = _types(text).get(name, "Method")
    assert got == type_ if type_ != "Method" else got not in ("Dataset", "Benchmark")


def test_a_collection_of_techniques_is_no_data():
    text = "We present Holvex, a collection of techniques that speed up sparse networks."
    assert _types(text).get("Holvex", "Method") not in ("Dataset", "Benchmark")
