"""Eleventh session: entity precision on real abstracts (invented sentences, one error kind each).

A data set the text names after its own name ("the Zorbix dataset") is a data set, even when a
title or a naming cue first typed the name a Method.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _types(text):
    return {m.text: m.type for m in extract_text(text).mentions}


# --- "the X dataset" types the entity X, over the Method a title or naming cue gave it


@pytest.mark.parametrize("text, name, kind", [
    ("Zorbix: Gestures From Above\n\nWe present Zorbix, a collection of drone videos. "
     "Models trained on the Zorbix dataset generalise to new scenes.", "Zorbix", "Dataset"),
    ("We introduce QuillBench, built from exam questions. Results on the QuillBench benchmark "
     "show a large gap to humans.", "QuillBench", "Benchmark"),
    ("Labels are scarce. To fill this gap, we collect ZAVD (Zorb Audio-Visual Dataset), the largest "
     "collection of clips to date.", "ZAVD", "Dataset"),
])
def test_a_name_the_text_calls_a_data_set_is_one(text, name, kind):
    assert _types(text)[name] == kind


@pytest.mark.parametrize("text, name", [
    # a long form with another head decides: data for a field, not a data set's name
    ("Computer-Aided Drafting (CAD) is slow. We present CADFlow and test it on a CAD dataset.", "CAD"),
    # a kind of data after an adjective: "a novel ME dataset" names no data set ME
    ("We present Qorvex, a ranker for short videos, and compare it on a traditional Qorvex benchmark.",
     "Qorvex"),
])
def test_a_kind_of_data_leaves_the_type(text, name):
    assert _types(text)[name] in ("Method", "Model")


def test_data_of_a_kind_in_the_plural_is_no_data_set():
    text = "We propose FluxSeg. FluxSeg improves results on five FluxSeg datasets."
    assert _types(text)["FluxSeg"] in ("Method", "Model")


# --- after "we", a modal or an infinitive's "to", a phrase's first word is the verb, no part of the name


@pytest.mark.parametrize("sentence, wrong, right", [
    ("We reformulate glyph motion prediction as a ranking problem.",
     "reformulate glyph motion prediction", "glyph motion prediction"),
    ("Noisy labels can severely impair contrastive pretraining of the encoder.",
     "impair contrastive pretraining", "contrastive pretraining"),
    ("Finally, we discuss curriculum sampling strategies for larger corpora.",
     "discuss curriculum sampling strategies", "curriculum sampling strategies"),
    ("They further cascade frozen speech encoders with a small decoder.",
     "cascade frozen speech encoders", "frozen speech encoders"),
    ("The loss is designed to decorrelate patch embeddings across views.",
     "decorrelate patch embeddings", "patch embeddings"),
    ("Most planners aim to balance trajectory smoothness and safety.",
     "balance trajectory smoothness", None),
])
def test_a_verb_after_we_or_a_modal_is_cut(sentence, wrong, right):
    types = _types(sentence)
    assert wrong not in types and (right is None or right in types)


@pytest.mark.parametrize("sentence, name", [
    ("We apply hierarchical clustering trees to the gene data.", "hierarchical clustering trees"),
    ("But how can neural ranking models use such knowledge?", "neural ranking models"),
    ("The method is compared to graph attention networks on citation data.", "graph attention networks"),
    ("The prior maps them to sparse memory layers of the decoder.", "sparse memory layers"),
])
def test_no_verb_is_cut_where_none_stands(sentence, name):
    assert name in _types(sentence)


# --- a medical condition's name is no method: the abbreviation pair goes


@pytest.mark.parametrize("text, gone", [
    ("Zorbic Lung Disease (ZLD) affects many adults. We screen ZLD from breath sounds with a CNN.",
     ["Zorbic Lung Disease", "ZLD"]),
    ("Children with Glimmer Speech Disorder (GSD) are often missed; our model flags GSD early.",
     ["Glimmer Speech Disorder", "GSD"]),
])
def test_a_condition_named_with_its_abbreviation_is_no_entity(text, gone):
    types = _types(text)
    assert not set(gone) & set(types)


def test_a_name_of_something_about_a_condition_stays():
    types = _types("We annotate the Hallmarks of Zorbosis (HoZ) corpus and train a classifier on HoZ.")
    assert "HoZ" in types


# --- the large model families have names of their own (curated lexicon), not "Multimodal Models"


def _labels(text):
    return {m.text: m.label for m in extract_text(text).mentions}


@pytest.mark.parametrize("text, span, label", [
    ("Zorb-RAG: Augmenting Large Multimodal Models with Visual Logic", "Large Multimodal Models", "LMM"),
    ("Large reasoning models (LRMs) often overthink simple questions.", "Large reasoning models", "LRM"),
    ("We probe large audio-language models on spoken jokes.", "large audio-language models", "LALM"),
])
def test_a_large_model_family_is_one_name(text, span, label):
    assert _labels(text)[span] == label


def test_another_long_form_of_the_same_short_form_stays_its_own():
    labels = _labels("We train a Large Reconstruction Model (LRM) that lifts one image to 3D; the LRM is fast.")
    assert labels["LRM"] != "LRM" or labels.get("Large Reconstruction Model") != "LRM"
    assert labels.get("Large Reconstruction Model", "").lower().startswith("large reconstruction")


# --- a Title-Case compound adjective the walk cut: part of the name, or a quality that goes whole


@pytest.mark.parametrize("title, span", [
    ("Zorbic Attention Improves Long Context Glyph Modeling", "Long Context Glyph Modeling"),
    ("QuillNet: Open Vocabulary Point Cloud Segmentation with Superpoints", "Open Vocabulary Point Cloud Segmentation"),
    ("A Lightweight Network for Infrared Small Target Detection", "Small Target Detection"),
    ("Decouple to Restore: High Quality Glyph Restoration via Priors", "Glyph Restoration"),
    ("A Robot for Real Time Weed Detection in Maize", "Weed Detection"),
])
def test_a_title_compound_adjective_is_kept_or_dropped_whole(title, span):
    types = _types(title)
    assert span in types
    assert not any(t.startswith(("Context ", "Vocabulary ", "Target ", "Quality ", "Time ")) for t in types)


# --- a venue or challenge with its year is no method, model or data set


@pytest.mark.parametrize("sentence, name", [
    ("This paper has been accepted at ZORBCONF2025 and will appear in its proceedings.", "ZORBCONF2025"),
    ("Our entry won first place in the GLIMMER2024 Low Light Restoration Challenge.", "GLIMMER2024"),
    ("We describe our systems for QUILL-2025, covering three language pairs.", "QUILL-2025"),
])
def test_a_venue_with_its_year_is_no_entity(sentence, name):
    assert name not in _types(sentence)


@pytest.mark.parametrize("sentence, name", [
    ("We train on ZorbSeg2021 and report Dice on its validation split.", "ZorbSeg2021"),
    ("Results in GLIMSET2015 data improve by 3 points.", "GLIMSET2015"),
])
def test_a_data_set_edition_with_its_year_stays(sentence, name):
    assert any(t.startswith(name) for t in _types(sentence))


def test_own_is_no_part_of_a_name():
    types = _types("Each agent trains its own glyph discriminators and runs its own glyph summarization.")
    assert "glyph discriminators" in types and "glyph summarization" in types
    assert not any(t.startswith("own ") for t in types)


@pytest.mark.parametrize("sentence, name", [
    ("All code is released under the ZORB license at our repository.", "ZORB"),
    ("The data set is shared under the QX-BY-4.0 licence for research.", "QX-BY-4.0"),
    ("Labels follow the GLIMSOC guidelines for fetal ultrasound.", "GLIMSOC"),
])
def test_a_name_before_a_licence_or_guideline_is_no_entity(sentence, name):
    assert name not in _types(sentence)


def test_a_policy_of_an_institution_is_no_method():
    types = _types("We audit app privacy policies and fiscal policy texts, and train a diffusion policy for grasping.")
    assert "privacy policies" not in types and "fiscal policy" not in types
    assert types.get("diffusion policy") == "Method"
