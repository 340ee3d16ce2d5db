"""Thirteenth session, third entity round: types read on real abstracts (invented sentences,
one error kind each)."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from test_entities_s13 import mention_types  # (same folder: pytest puts it on the path)



# --- a built thing after "on the X": the word after the name says it is no data set


@pytest.mark.parametrize("sentence, name", [
    ("Experiments on the QXR-PIM system show that latency drops by 20%.", "QXR-PIM"),
    ("Our method capitalizes on the ZT-DiT architecture, in which text tokens attend to image tokens.", "ZT-DiT"),
    ("We deploy the detector on the NPU-VX accelerator and measure its energy.", "NPU-VX"),
    ("We run all agents on the KQFlow framework without retraining.", "KQFlow"),
])
def test_a_name_before_a_built_thing_is_no_data_set(sentence, name):
    t = mention_types(sentence).get(name)
    assert t is not None and t not in ("Dataset", "Benchmark")


@pytest.mark.parametrize("sentence, name, typ", [
    # a data word still makes data (the mention keeps its head), and a name alone after "on the" stays data
    ("Experiments on the QXR-Bench dataset show that latency drops by 20%.", "QXR-Bench dataset", "Dataset"),
    ("We evaluate FooNet on the ZTQA dataset and report accuracy.", "ZTQA dataset", "Dataset"),
    ("We run all agents on the KQFlow without retraining.", "KQFlow", "Dataset"),
])
def test_a_data_word_or_no_word_keeps_data(sentence, name, typ):
    assert mention_types(sentence).get(name) == typ


# --- emphasis capitals in titles are words, not acronyms


@pytest.mark.parametrize("title", [
    "Learning What NOT to Count in Crowded Scenes",
    "Can YOUR Speech Model Handle Stress? A Study of Prosody",
    "Is It JUST Syntax? Probing Particles in Language Models",
    "WHEN to Retrieve and WHEN to Answer: Adaptive Retrieval for QA",
])
def test_emphasis_capitals_are_no_names(title):
    names = {m.text for m in extract_text(title + "  We study this question with several models.").mentions}
    assert not names & {"NOT", "YOUR", "JUST", "WHEN"}


def test_a_coined_acronym_in_a_title_stays():
    names = {m.text for m in extract_text("ZORBA: Learning What to Count in Crowded Scenes  We propose ZORBA.").mentions}
    assert "ZORBA" in names


# --- a hyphenated pair of sensors or modalities is no entity, as each sensor alone


@pytest.mark.parametrize("sentence, pair", [
    ("We calibrate the LiDAR-camera rig with planar targets and report reprojection error.", "LiDAR-camera"),
    ("A LiDAR-radar fusion scheme improves place recognition in fog.", "LiDAR-radar"),
    ("We train on 40 MRI-CT pairs from a pelvic cohort.", "MRI-CT"),
])
def test_a_sensor_pair_is_no_entity(sentence, pair):
    assert pair not in mention_types(sentence)


def test_a_task_phrase_keeps_its_sensor_pair():
    types = mention_types("DepthFuse: Feature Fusion for LiDAR-Camera 3D Object Detection  We propose DepthFuse.")
    assert types.get("LiDAR-Camera 3D Object Detection") == "Task"


def test_a_coined_name_with_a_sensor_part_stays():
    assert "LiDAR-Former" in mention_types("We propose LiDAR-Former, a transformer for point clouds.")
