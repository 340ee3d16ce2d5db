"""Rules added for descriptive noun phrases (issue #3): heads, modifiers, boundaries, contexts.

Every sentence here is written for the test (realistic abstract prose, not taken from
any annotated evaluation set).
"""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.phrases import find_phrases


def _mentions(text):
    return {(m.text, m.type) for m in extract_text(text).mentions}


# -- a Task name followed by an artefact head is a Method phrase ----------------------
def test_lexicon_task_plus_system_head_is_method():
    got = _mentions("We build a question answering system for clinical notes and an "
                    "information extraction pipeline for patents.")
    assert ("question answering system", "Method") in got
    assert ("information extraction pipeline", "Method") in got
    assert ("question answering", "Task") not in got


def test_lexicon_task_alone_stays_task():
    got = _mentions("We study question answering over tables.")
    assert ("question answering", "Task") in got


# -- lexicon types that follow the word lists -------------------------------------------
def test_task_names_typed_as_tasks():
    got = _mentions("Subword tokenization matters for statistical machine translation (SMT) of rare words.")
    assert ("tokenization", "Task") in got or ("Subword tokenization", "Task") in got
    assert ("statistical machine translation", "Task") in got
    assert ("SMT", "Task") in got
