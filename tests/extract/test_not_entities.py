"""Words that are never entities of a research-trend graph, and the sentences around them.

Organisations, hardware, sensors, imaging modalities and software ran on or used by a study
are not its methods, datasets or tasks (at 75k abstracts LiDAR, OpenAI, GUI, RGB-D and MRI
were among the most frequent "Methods"); what is done with them stays ("LiDAR object
detection" is a task). The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _mentions(text):
    return [(m.text, m.type, m.entity_id) for m in extract_text(text).mentions]


@pytest.mark.parametrize("sentence", [
    "We train on GPUs with PyTorch and deploy on FPGAs.",
    "Our detector fuses LiDAR and RGB-D input.",
    "We compare with OpenAI models and HuggingFace datasets.",
    "The fMRI recordings come from an MRI scanner and IoT sensors.",
])
def test_tools_sensors_and_organisations_are_no_mentions(sentence):
    ids = {eid for _, _, eid in _mentions(sentence)}
    assert not ids & {"gpu", "pytorch", "fpga", "lidar", "rgb-d", "openai", "openai-model", "huggingface",
                      "fmri", "mri", "iot"}


def test_the_task_done_with_a_sensor_stays():
    got = _mentions("We study LiDAR object detection in the rain.")
    assert ("LiDAR object detection", "Task", "lidar-object-detection") in got


def test_no_phrase_is_made_of_an_expansion_that_names_no_entity():
    got = _mentions("Light Detection and Ranging (LiDAR) scans are sparse.")
    assert not any("detection" in eid for _, _, eid in got), got


def test_a_sentence_opening_with_to_names_no_benchmark():
    got = _mentions("To benchmark TROVE, we construct a dataset from three public sources.")
    assert not any(text.startswith("To") for text, _, _ in got), got


def test_text_to_video_acronyms_are_tasks():
    got = _mentions("We adapt a T2V model to I2V and evaluate on text-to-video generation.")
    assert ("T2V", "Task", "text-to-video-generation") in got
    assert ("I2V", "Task", "image-to-video-generation") in got


@pytest.mark.parametrize("name", ["RADAR", "PET", "CT"])
def test_short_coined_names_that_spell_a_modality_are_not_dropped(name):
    # RADAR, PET and CT are also method acronyms ("Consistency Training (CT)"): not on the list
    from kg.extract.words import NOT_ENTITIES

    assert name.lower() not in NOT_ENTITIES
