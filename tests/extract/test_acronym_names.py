"""Acronyms that are names of their own: all-caps words ending in S, and coined short forms
whose long form holds a lexicon name.

The sentences are written for these tests (after the shape of arXiv abstracts: VITS is a
speech model, "Vision Transformer (ViT)" an image model, XMVAE a coined method).
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.abbrev import find_abbreviation, find_abbreviations
from kg.extract.normalize import caps_name, entity_id, norm_key


def _mentions(text):
    return [(m.text, m.type, m.entity_id) for m in extract_text(text).mentions]


def _pairs(text):
    return [(text[a.long_start:a.long_end], text[a.short_start:a.short_end]) for a in find_abbreviations(text)]


# -- all-caps names ending in S ------------------------------------------------------
@pytest.mark.parametrize("plural, singular", [("ViTs", "ViT"), ("LLMs", "LLM"), ("CNNs", "CNN"), ("VAEs", "VAE"),
                                              ("GANs", "GAN"), ("graph neural networks", "graph neural network")])
def test_plurals_still_fold(plural, singular):
    assert norm_key(plural) == norm_key(singular)


@pytest.mark.parametrize("name, other", [("VITS", "ViT"), ("MCTS", "MCT"), ("LPIPS", "LPIP"), ("ANNS", "ANN"),
                                         ("CLIPS", "CLIP"), ("UI-TARS", "UI-TAR")])
def test_caps_names_ending_in_s_keep_it(name, other):
    assert caps_name(name.split("-")[-1])
    assert norm_key(name) != norm_key(other)
    assert norm_key(name).endswith("s")


def test_caps_name_shapes():
    assert [caps_name(w) for w in ("VITS", "NERS", "TTS", "ViTs", "Vits", "V1TS", "MODEL")] == [
        True, True, False, False, False, False, False]


def test_a_lexicon_alias_in_capitals_still_folds():
    """The alias table is keyed by norm_key, so a lexicon that lists "LLMS" maps it."""
    aliases = {norm_key(a): "LLM" for a in ("LLM", "LLMs", "LLMS")}
    assert entity_id("LLMS", "Method", aliases=aliases) == "llm"


def test_vits_is_not_vit():
    got = _mentions("We build on VITS, an end-to-end TTS model, and compare with ViTs and ViT-B/16.")
    by_text = {t: (ty, e) for t, ty, e in got}
    assert by_text["VITS"] == ("Model", "vits")
    assert by_text["ViTs"][1] == "vit"
    assert by_text["ViT-B/16"][1] == "vit-b-16"


def test_a_name_in_capitals_is_its_camel_case_spelling():
    """The title writes HardTests, the abstract HARDTESTS: one entity, not two."""
    got = _mentions("HardTests: Hard Test Cases for Code\n\nWe curate a dataset HARDTESTS with 47k problems. "
                    "HARDTESTS is harder than earlier test suites.")
    ids = {e for t, _, e in got if t.lower() == "hardtests"}
    assert len(ids) == 1


# -- coined short forms whose long form holds a lexicon name ----------------------------
@pytest.mark.parametrize("text, pair", [
    ("the Expressive Music Variational AutoEncoder (XMVAE)", ("Expressive Music Variational AutoEncoder", "XMVAE")),
    ("applications in Extended Reality (XR) headsets", ("Extended Reality", "XR")),
    ("we study eXplainable AI (XAI) for", ("eXplainable AI", "XAI")),
])
def test_x_stands_for_ex(text, pair):
    assert _pairs(text) == [pair]


def test_x_inside_another_word_is_no_initial():
    assert find_abbreviation("a complex model", "XM") is None  # the x of "complex" opens no word
    assert find_abbreviation("the axis model", "XM") is None
    assert find_abbreviation("an X-ray model", "XM") == 3  # a word-initial x, as S&H already allowed


def test_coined_long_form_over_a_lexicon_name():
    got = _mentions("We propose the Expressive Music Variational AutoEncoder (XMVAE). XMVAE beats VAE baselines.")
    assert ("Expressive Music Variational AutoEncoder", "Method", "xmvae") in got
    assert [e for t, _, e in got if t == "XMVAE"] == ["xmvae", "xmvae"]
    assert ("VAE", "Method", "variational-autoencoder") in got
    assert not any(t == "Variational AutoEncoder" for t, _, _ in got)


def test_explainable_ai_is_one_entity():
    """XAI is a kg-curated lexicon entry: the short form with either long form is one Task."""
    for text in ("Explainable AI (XAI) helps clinicians. XAI methods vary.",
                 "Explainable Artificial Intelligence (XAI) helps clinicians. XAI methods vary."):
        got = _mentions(text)
        assert {e for t, _, e in got if "XAI" in t or "xplainable" in t} == {"xai"}, got
        assert {ty for t, ty, _ in got if t == "XAI"} == {"Task"}
