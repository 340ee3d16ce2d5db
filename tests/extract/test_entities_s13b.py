"""Thirteenth session, second entity round: types and boundaries read on real abstracts
(invented sentences, one error kind each)."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from test_entities_s13 import mention_types  # (same folder: pytest puts it on the path)



# --- a task phrase after setting words only is a narrower task, not a coined method


@pytest.mark.parametrize("sentence, long_form, short", [
    ("Few-Shot Gesture Recognition (FSGR) asks a model to label clips from five examples.",
     "Few-Shot Gesture Recognition", "FSGR"),
    ("Multimodal Named Entity Recognition (MNER) links tagged spans to image regions.",
     "Multimodal Named Entity Recognition", "MNER"),
    ("Cross-Domain Few-Shot Segmentation (CDFSS) transfers masks to new domains.",
     "Cross-Domain Few-Shot Segmentation", "CDFSS"),
    ("Distantly Supervised Relation Extraction (DSRE) suffers from noisy labels.",
     "Distantly Supervised Relation Extraction", "DSRE"),
])
def test_a_task_in_a_setting_is_a_task(sentence, long_form, short):
    types = mention_types(sentence)
    assert types.get(long_form) == "Task" and types.get(short) == "Task"


@pytest.mark.parametrize("sentence, long_form", [
    # a manner word before the task phrase coins a method
    ("We propose Adaptive Gesture Recognition (AGR) to label clips from five examples.",
     "Adaptive Gesture Recognition"),
    # an appositive calls it a method
    ("We present Few-Shot Gesture Recognition (FSGR), a framework that labels clips from five examples.",
     "Few-Shot Gesture Recognition"),
])
def test_other_pairs_ending_on_a_task_stay_methods(sentence, long_form):
    assert mention_types(sentence).get(long_form) == "Method"


# --- a version after a name is part of the name (the entity stays the name's)


def _mentions(text):
    return [(m.text, m.entity_id) for m in extract_text(text).mentions]


@pytest.mark.parametrize("sentence, name, version", [
    ("We introduce GlyphDesk 3.0, an open-source toolkit for font retrieval.", "GlyphDesk", "GlyphDesk 3.0"),
    ("The detector is trained on ScanNet V2 and tested on two other scans.", "ScanNet", "ScanNet V2"),
    ("Results on ActivityNet v1.3 show a 2-point gain in mAP.", "ActivityNet", "ActivityNet v1.3"),
    ("Compared with Qwen 1.5-MoE, the dense student keeps its accuracy.", "Qwen", "Qwen 1.5-MoE"),
])
def test_a_version_joins_the_name(sentence, name, version):
    texts = [t for t, _ in _mentions(sentence)]
    assert version in texts and name not in texts


def test_the_versioned_mention_keeps_the_entity():
    found = _mentions("We present GlyphDesk 3.0. Unlike GlyphDesk, it runs on a phone.")
    assert {eid for _, eid in found if _.startswith("GlyphDesk")} == {"glyphdesk"}


@pytest.mark.parametrize("sentence, name", [
    ("MCD drops from 8.5 to 7.9 while PESQ rises.", "MCD"),       # values, not versions
    ("The baseline FastSeg 71.6 on VOC trails ours.", "FastSeg"),  # a score in a table row
    ("We fine-tune Mistral 7B on 4.7% of the data.", "Mistral 7B"),
])
def test_a_value_is_no_version(sentence, name):
    texts = [t for t, _ in _mentions(sentence)]
    assert not any(t.startswith(name + " ") and t != name for t in texts)


# --- a task's output after a task phrase names no task


@pytest.mark.parametrize("sentence, gone", [
    ("The decoder turns coarse features into segmentation masks for each frame.", "segmentation"),
    ("A refinement block sharpens rough segmentation maps into final ones.", "rough segmentation"),
    ("The class activation step yields spatial localization maps per image.", "spatial localization"),
])
def test_a_task_output_is_no_task(sentence, gone):
    assert gone not in mention_types(sentence)


@pytest.mark.parametrize("sentence, kept", [
    ("Our model improves polyp segmentation on five datasets.", "polyp segmentation"),
    ("We release character grounding annotations for 3k panels.", "character grounding"),
    ("We tailor the model to urban planning maps drawn by city offices.", "urban planning"),
])
def test_other_task_phrases_stay(sentence, kept):
    assert mention_types(sentence).get(kept) == "Task"


# --- "fully connected" and "fully convolutional" are terms, not a manner adverb and a verb


@pytest.mark.parametrize("sentence, name", [
    ("The pooled features pass through a fully connected layer before the softmax.", "fully connected layer"),
    ("We employ a simple, fully convolutional network to decode the masks.", "fully convolutional network"),
])
def test_fully_stays_in_the_term(sentence, name):
    assert mention_types(sentence).get(name) == "Method"


@pytest.mark.parametrize("sentence, name", [
    ("Weakly supervised video grounding aims to localize moments without boundary labels.",
     "weakly supervised video grounding"),
    ("We study differentially private data synthesis for tabular records.", "differentially private data synthesis"),
])
def test_a_term_adverb_stays_in_the_task(sentence, name):
    types = {k.lower(): v for k, v in mention_types(sentence).items()}
    assert types.get(name) == "Task" and name.split(" ", 1)[1] not in types


# --- the adjective a manner adverb modifies opens no name


@pytest.mark.parametrize("sentence, name, gone", [
    ("We revisit widely adopted attention mechanisms for long inputs.", "attention mechanisms",
     "adopted attention mechanisms"),
    ("It is designed for temporally coherent video generation.", "video generation", "coherent video generation"),
    ("We evaluate on 30 publicly available lane detection datasets.", "lane detection", "available lane detection"),
])
def test_an_adverbs_adjective_is_cut(sentence, name, gone):
    types = mention_types(sentence)
    assert name in types and gone not in types


def test_term_adverbs_keep_their_word():
    types = mention_types("We compare locally linear embedding with a densely connected autoencoder.")
    assert "locally linear embedding" in types and "densely connected autoencoder" in types


# --- a mixed-case name with an article before and "of VALUE" after is a measure


@pytest.mark.parametrize("sentence, name, typ", [
    ("On the driving split our tracker reaches an aMOTA of 0.722 and runs in real time.", "aMOTA", "Metric"),
    ("The simultaneous system keeps a StreamLAAL of 1837.86 at high quality.", "StreamLAAL", "Metric"),
    # a score in a list of models has no article: the name stays a model
    ("We fine-tune YoloV8 and YoloV11 of 99.49% and 99.56% accuracies.", "YoloV11", "Model"),
])
def test_a_measured_name_is_a_metric(sentence, name, typ):
    assert mention_types(sentence).get(name) == typ
