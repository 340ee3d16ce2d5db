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
