"""Recall rules of the tenth session, on invented sentences (mentions placed by hand).

Every sentence here is constructed for the test (none is quoted from an abstract or a gold
set); each rule has a positive case and a near miss that must stay silent.
"""

from __future__ import annotations

from test_relations_recall import pairs, rels  # (same folder: pytest puts it on the path)


# ---------------------------------------------------------------- usedFor: "X (ABBR), a framework for T"
def test_apposition_after_an_acronym_describes_both_names():
    names = {"Sparse Ray Marching": "Method", "SRM": "Method", "novel view synthesis": "Task"}
    text = "We propose Sparse Ray Marching (SRM), a lightweight framework for novel view synthesis."
    assert pairs(text, names) == {("Sparse Ray Marching", "novel view synthesis"), ("SRM", "novel view synthesis")}


def test_name_closing_a_longer_parenthesis_is_not_described():
    names = {"RaySeg": "Method", "point clouds": "Method", "semantic segmentation": "Task"}
    text = "We propose RaySeg (Ray Segmentation for point clouds), a fast method for semantic segmentation."
    assert pairs(text, names) == set()


def test_description_headed_by_a_problem_is_no_method():
    names = {"Route Mining": "Method", "RM": "Method", "fleet planning": "Task"}
    assert pairs("Route Mining is a fundamental problem for fleet planning in logistics.", names) == set()
    assert pairs("Route Mining (RM) is a fundamental problem for fleet planning in logistics.", names) == set()


def test_task_in_an_example_list_or_after_without_is_not_the_use():
    names = {"GlowNet": "Method", "fact checking": "Task", "depth estimation": "Task"}
    text = "We propose GlowNet, a framework that adds control tags such as <A> for fact checking."
    assert pairs(text, names) == set()
    text = "We propose GlowNet, a training framework that renders faster without harming depth estimation."
    assert pairs(text, names) == set()
