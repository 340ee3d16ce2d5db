"""Thirteenth session, second entity round: types and boundaries read on real abstracts
(invented sentences, one error kind each)."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _types(text):
    return {m.text: m.type for m in extract_text(text).mentions}


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
    types = _types(sentence)
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
    assert _types(sentence).get(long_form) == "Method"
