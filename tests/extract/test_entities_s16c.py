"""Entity round 3 of session 16: a phrase after an infinitive "to" does not open on its verb
("a technique to [elucidate model] decisions"), while a phrase after a prepositional "to"
keeps its first modifier ("applied to scene text segmentation")."""
import pytest

from kg.extract import extract_text
from kg.extract.phrases import find_phrases


def _phrases(text):
    return {text[c.start:c.end]: c.type for c in find_phrases(text)}


def _mentions(text):
    return {m.text for m in extract_text(text).mentions}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("We design gating masks to constrain feature aggregation across views.", "feature aggregation"),
        ("A lightweight extractor is used first; a second module then helps to compute dense patch embeddings.",
         "dense patch embeddings"),
        ("We propose a reward scheme to bolster feature aggregation in sparse scenes.", "feature aggregation"),
        ("The planner uses retrieved paths to follow user-specific reasoning over long dialogues.",
         "user-specific reasoning"),
    ],
)
def test_infinitive_verb_is_cut_from_the_phrase(text, phrase):
    found = _phrases(text)
    assert phrase in found
    assert not any(p.endswith(phrase) and p != phrase for p in found)  # no "constrain feature aggregation"


def test_verb_that_is_also_a_noun_is_cut_after_infinitive_to():
    # "test", "update", "model", "balance": verbs here, nouns elsewhere
    assert _phrases("We add a held-out split to test model robustness under shift.") == {}
    assert "retrieval models" in _phrases("A common recipe to update retrieval models is costly.")
    assert "error propagation" in _phrases("We build a directed graph to model error propagation in pipelines.")
    assert "update retrieval models" not in _phrases("A common recipe to update retrieval models is costly.")


def test_sentence_initial_to_opens_an_infinitive():
    found = _phrases("To calibrate pixel-text alignment in diffusion models, we add a loss.")
    assert "pixel-text alignment" in found and "calibrate pixel-text alignment" not in found
    assert _phrases("To isolate medical term understanding, we build a new test set.") == {
        "medical term understanding": "Task"}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # the word before "to" takes a noun
        ("Our detector is competitive compared to scene text segmentation baselines.", "scene text segmentation"),
        ("The approach extends to hand shape estimation without retraining.", "hand shape estimation"),
        # a governing verb or noun earlier in the clause
        ("We investigate the application of the method to scene text segmentation.", "scene text segmentation"),
        ("We extend the delayed injection idea to flow models for editing.", "flow models"),
        ("Keypoint embeddings transfer effectively to hand shape estimation.", "hand shape estimation"),
    ],
)
def test_prepositional_to_keeps_the_first_modifier(text, phrase):
    assert phrase in _phrases(text)


def test_noun_shaped_first_words_stay_after_infinitive_context():
    # a noun ending ("segmentation"), a generic noun ("image") or an adjective is no verb
    assert "image generative models" in _phrases("The findings carry over to image generative models as well.")
    assert "membership inference" in _phrases("Scaling laws relate data size to membership inference risk.")


def test_end_to_end_mentions_drop_the_verb():
    ms = _mentions("We introduce a prompting strategy to repurpose video diffusion models for 3D reconstruction.")
    assert "video diffusion models" in ms and "repurpose video diffusion models" not in ms
