"""Relation recall, fifteenth session round 6: data sets named after their kind ("on two public
datasets, D1 and D2", "across three benchmarks: D1, D2").

Every sentence here is invented for the test (none is quoted from an abstract or a gold set);
each rule has a case that must fire and a near miss that must stay silent.
"""

from __future__ import annotations

from test_relations_recall import pairs


# ---------------------------------------------------------------- "on N datasets, D1 and D2"
def test_data_sets_named_after_a_comma_are_the_test_data():
    names = {"RoadSplat": "Method", "DriveSet": "Dataset", "CityLidar": "Dataset"}
    text = ("Extensive experiments on two large-scale datasets, DriveSet and CityLidar, demonstrate "
            "that our RoadSplat achieves state-of-the-art performance.")
    assert pairs(text, names, "evaluatedOn") == {("RoadSplat", "DriveSet"), ("RoadSplat", "CityLidar")}


def test_data_sets_named_after_a_colon_are_the_test_data():
    names = {"CountPrompt": "Method", "CrowdA": "Dataset", "CrowdB": "Dataset", "CrowdC": "Dataset"}
    text = "CountPrompt improves accuracy across three widely used benchmarks: CrowdA, CrowdB, and CrowdC."
    assert pairs(text, names, "evaluatedOn") == {("CountPrompt", "CrowdA"), ("CountPrompt", "CrowdB"),
                                                 ("CountPrompt", "CrowdC")}


def test_namely_after_the_kind_still_names_the_test_data():
    names = {"GestNet": "Method", "HandSet-3D": "Dataset", "EgoHands-X": "Dataset"}
    text = ("Experiments conducted on two gesture recognition datasets, namely HandSet-3D and EgoHands-X, "
            "show that GestNet outperforms existing methods.")
    assert pairs(text, names, "evaluatedOn") == {("GestNet", "HandSet-3D"), ("GestNet", "EgoHands-X")}


def test_a_kind_compared_against_is_no_test_data():
    names = {"MarsVid": "Dataset"}
    text = "In contrast to other datasets, MarsVid contains no censored frames."
    assert pairs(text, names, "evaluatedOn") == set()


def test_a_data_set_after_a_kind_without_a_preposition_is_no_test():
    names = {"TutorLM": "Model", "ClassChat": "Dataset"}
    text = "We release two resources, ClassChat and a rubric, to help train TutorLM."
    assert ("TutorLM", "ClassChat") not in pairs(text, names, "evaluatedOn")
