"""Fourteenth session, second entity round: leftovers of the first round read on real abstracts
(invented sentences, one error kind each)."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from test_entities_s13 import mention_types  # (same folder: pytest puts it on the path)


# --- a short form glued to the word before its bracket


@pytest.mark.parametrize("sentence, long_form, short", [
    ("We propose Layered Token Pruning(LTP), a plug-in for vision encoders.", "Layered Token Pruning", "LTP"),
    ("As vision language models(VLMs) grow, their cost grows too.", "vision language models", "VLMs"),
    ("Previously, graph neural network(GNN) based encoders dominated.", "graph neural network", "GNN"),
])
def test_a_glued_short_form_makes_a_pair(sentence, long_form, short):
    doc = extract_text(sentence)
    by_text = {m.text: m for m in doc.mentions}
    assert long_form in by_text and short in by_text
    assert by_text[long_form].entity_id == by_text[short].entity_id


def test_a_glued_short_form_does_not_cut_the_long_form():
    # the long form was cut before its last word, which the bracket was glued to
    types = mention_types("We propose Gradient Aligned Model Learning(GAML2), a merging method.")
    assert "Gradient Aligned Model Learning" in types and "Gradient Aligned" not in types


@pytest.mark.parametrize("sentence, whole", [
    ("The sort runs in O(NlogN) time on every input.", "O(NlogN"),
    ("We minimise f(x) over the simplex.", "f(x"),
])
def test_a_bracket_after_a_capital_or_before_lower_case_stays_glued(sentence, whole):
    from kg.extract.pipeline import build_nlp

    tokens = [t.text for t in build_nlp().tokenizer(sentence)]
    assert whole in tokens


# --- a coined name after a one-capital hyphen prefix


@pytest.mark.parametrize("sentence, name", [
    ("We compare against E-SpikeNet on event streams.", "E-SpikeNet"),
    ("We propose M-HalCheck, a suite for hallucination detection.", "M-HalCheck"),
])
def test_a_one_capital_prefix_opens_a_mixed_case_name(sentence, name):
    assert name in mention_types(sentence)


@pytest.mark.parametrize("sentence, name, part", [
    ("We train with T-GRPO and report gains on reasoning.", "T-GRPO", "GRPO"),
    ("The detector is a two-stage R-CNN with a light head.", "R-CNN", "CNN"),
    ("Errors are given as P-MPJPE in millimetres.", "P-MPJPE", "MPJPE"),
])
def test_a_one_capital_prefix_before_a_known_acronym_names_a_variant(sentence, name, part):
    types = mention_types(sentence)
    assert name in types and part not in types


def test_a_describing_prefix_before_a_known_acronym_still_gives_the_acronym():
    types = mention_types("We compare Multi-LLM debate with a single model.")
    assert "Multi-LLM" not in types


# --- a word or one capital joined to an acronym by a hyphen


@pytest.mark.parametrize("sentence, name", [
    ("Saliency maps from Grad-CAM highlight the lesion.", "Grad-CAM"),
    ("We compare against Instant-NGP and two mesh baselines.", "Instant-NGP"),
    ("Our flow network outperforms E-RAFT on event data.", "E-RAFT"),
    ("Results improve over Real-ESRGAN by 0.4 dB.", "Real-ESRGAN"),
])
def test_a_word_joined_to_an_acronym_is_one_name(sentence, name):
    types = mention_types(sentence)
    assert name in types
    assert name.split("-", 1)[1] not in types


@pytest.mark.parametrize("sentence, name", [
    ("Human-AI collaboration improves annotation speed.", "Human-AI"),
    ("Clients hold Non-IID data in federated learning.", "Non-IID"),
    ("We pretrain Code-LMs on permissive repositories.", "Code-LMs"),
    ("The model runs on Cloud-GPU instances at low cost.", "Cloud-GPU"),
])
def test_describing_words_and_common_acronyms_make_no_name(sentence, name):
    assert name not in mention_types(sentence)


def test_markup_after_a_name_leaves_no_letter_behind():
    types = mention_types(r"We propose \textbf{K-EVER\textsuperscript{2}}, a framework for emotion reasoning.")
    assert "K" not in types


# --- a TeX dash ("--") after a model name


def test_a_tex_dash_ends_a_model_name():
    types = mention_types("We distil the teacher into a student--particularly FooNet-32B--to adjust its effort.")
    assert "FooNet-32B" in types and "FooNet-32B--to" not in types


def test_a_score_after_a_tex_dash_is_no_model():
    types = mention_types("Match rates were high (Qwen2.5-7B--0.812 and Mistral-7B--0.790) on the reports.")
    assert not any("--" in name for name in types)


# --- a verb after "to" or "that" opens no phrase


@pytest.mark.parametrize("sentence, phrase, rest", [
    ("Attackers paraphrase the outputs to evade spam detection by filters.", "evade spam detection", "spam detection"),
    ("We use sparse annotations to construct dense reward models for planning.", "construct dense reward models",
     "dense reward models"),
    ("We add textual cues to assist temporal action localization in videos.", "assist temporal action localization",
     "temporal action localization"),
])
def test_a_verb_opens_no_phrase(sentence, phrase, rest):
    types = mention_types(sentence)
    assert phrase not in types and rest in types
