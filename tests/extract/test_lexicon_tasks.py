"""Tasks whose names end in an activity noun the lexicon build once refused ("attack",
"discovery", "recovery", "removal", "odometry", "try-on"): Papers with Code lists them as
tasks, and papers study them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


@pytest.mark.parametrize("text, name", [
    ("We study backdoor attacks on code models.", "backdoor attack"),
    ("Robustness to adversarial attacks remains open.", "adversarial attack"),
    ("Foundation models have changed visual odometry.", "visual odometry"),
    ("We address shadow removal in documents.", "shadow removal"),
    ("A transformer for human mesh recovery from video.", "human mesh recovery"),
    ("Causal discovery from observational data is hard.", "causal discovery"),
])
def test_activity_named_tasks_are_tasks(text, name):
    found = {m.text.lower().rstrip("s"): m.type for m in extract_text(text).mentions}
    assert found.get(name) == "Task", found


@pytest.mark.parametrize("field", ["computer vision", "remote sensing", "medical imaging", "artificial intelligence"])
def test_research_fields_are_tasks_like_nlp(field):
    """NLP has always been a Task; the other fields now are too (Papers with Code lists
    Remote Sensing as a task), so a trend of the field can be read."""
    found = {m.text: m.type for m in extract_text(f"Transformers are widely used in {field} today.").mentions}
    assert found.get(field) == "Task", found
    assert {m.type for m in extract_text("Transformers help natural language processing.").mentions} >= {"Task"}


def test_a_field_before_a_head_word_leaves_the_phrase_whole():
    """"remote sensing image segmentation" is the task, not remote sensing followed by words."""
    found = [m.text for m in extract_text("We study remote sensing image segmentation at scale.").mentions]
    assert found == ["remote sensing image segmentation"]


@pytest.mark.parametrize("text, name", [
    ("We align the two series with dynamic time warping.", "dynamic time warping"),
    ("A recommender built on collaborative filtering.", "collaborative filtering"),
    ("The controller uses model predictive control.", "model predictive control"),
])
def test_methods_papers_with_code_lists_as_tasks_are_methods(text, name):
    found = {m.text: m.type for m in extract_text(text).mentions}
    assert found.get(name) == "Method", found
