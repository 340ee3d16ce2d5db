"""A mention is a name's letters: no suspended hyphen, no full stop, no name cut at a hyphen
(kg.extract.edges). Sentences written for these tests after the shape of arXiv abstracts."""

from __future__ import annotations

from kg.extract import extract_text


def _mentions(text: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in extract_text(text).mentions}


def test_a_suspended_hyphen_is_not_part_of_the_name():
    got = _mentions("Compared with previous NeRF- and 3DGS-based baselines, our renderer is faster.")
    assert "NeRF" in got and "NeRF-" not in got
    assert got["NeRF"] == "nerf"


def test_a_full_stop_after_a_hyphenated_name_ends_the_sentence_not_the_name():
    got = _mentions("We report BLEU, METEOR and ROUGE-L. The gains hold on KinFaceW-I.")
    assert got.get("ROUGE-L") == "rouge-l"
    assert not any(text.endswith(".") for text in got)


def test_a_name_glued_to_the_word_before_is_whole():
    """"Benchmark(V2P-Bench)" without a space: the name is V2P-Bench, not τ-Bench's "-Bench"."""
    got = _mentions("We present the Visual Prompt Benchmark(V2P-Bench), a benchmark for video models.")
    assert not any(text.startswith("-") for text in got)
    assert "V2P-Bench" in got and "tau-bench" not in got.values()


def test_a_defined_short_form_keeps_its_hyphen():
    got = _mentions("We propose Low-Rank Adaptation Subtraction (LoRA-). LoRA- removes the bias.")
    assert got.get("LoRA-") not in (None, "lora")
