"""Tenth session, second round: entity precision of the shape rules.

Each test is an invented sentence that shows one error kind read on corpus abstracts: a coined
spelling that names hardware, a sensor, a satellite or a file format (the word after
it says so), taken for a method or a model.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _types(text):
    return {m.text: m.type for m in extract_text(text).mentions}


# --- a name a kind of thing follows is no entity, here or elsewhere in the abstract


@pytest.mark.parametrize("sentence, name", [
    ("Training takes two hours on a single RTX5090 GPU.", "RTX5090"),
    ("We port the detector to the Zorblex-7 microcontroller with 512 KB of memory.", "Zorblex-7"),
    ("Inference runs at 30 FPS on the Jetson AGX Orin board.", "AGX"),
    ("We map fields from TerraVue-4 satellite images across three regions.", "TerraVue-4"),
    ("Crop types are labelled on GlimSat imagery from 2021.", "GlimSat"),
    ("The scans were recorded with a QuantaCam-2 camera at 60 Hz.", "QuantaCam-2"),
    ("Meshes are exported as GLBX files for printing.", "GLBX"),
    ("The annotations are provided in the ZorbLabel format.", "ZorbLabel"),
])
def test_a_name_before_a_kind_of_thing_is_no_entity(sentence, name):
    assert name not in _types(sentence)


def test_the_same_name_elsewhere_in_the_abstract_goes_too():
    text = ("We fuse radar with GlimSat imagery. Compared with optical data alone, "
            "GlimSat improves the maps of flooded fields.")
    assert "GlimSat" not in _types(text)


@pytest.mark.parametrize("sentence, name", [
    ("We propose ZorbNet, a framework for cloud removal, and test it on satellite images.", "ZorbNet"),
    ("The FooNet Camera Relocalization pipeline beats BarNet on two scenes.", "FooNet"),
    ("We deploy ZorbNet on the edge and compare it with BarNet on GPUs.", "ZorbNet"),
    ("We release our tool as the PyZorb package under the MIT licence.", "PyZorb"),
])
def test_a_kind_word_elsewhere_or_title_cased_keeps_the_name(sentence, name):
    assert name in _types(sentence)


# --- a value in brackets between listed names does not break the list


def test_a_coined_name_between_valued_known_names_takes_their_type():
    sentence = "Scores improve on GSM8K (+2.1%), ZorbMath (+3.0%), and MATH (+1.2%)."
    assert _types(sentence)["ZorbMath"] == "Benchmark"
