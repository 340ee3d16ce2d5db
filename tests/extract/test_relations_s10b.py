"""Precision rules of the tenth session (second round), on invented sentences (mentions placed by hand).

Every sentence here is constructed for the test (none is quoted from an abstract or a gold
set); each blocking condition has a wrong case that must stay silent and a near miss that
must keep its relation.
"""

from __future__ import annotations

from test_relations_recall import pairs  # (same folder: pytest puts it on the path)


# ---------------------------------------------------------------- basedOn: "features derived from Y"
def test_participle_after_another_noun_gives_no_based_on():
    names = {"TileNet": "Method", "Swin Transformer": "Model"}
    text = "TileNet fuses local cues with the global features derived from the Swin Transformer."
    assert pairs(text, names, "basedOn") == set()
    names = {"RewardMix": "Method", "GPT-4o": "Model"}
    text = "RewardMix trains the policy using reward signals distilled from GPT-4o."
    assert pairs(text, names, "basedOn") == set()


def test_participle_right_after_the_name_keeps_based_on():
    names = {"TinyCoder-3B": "Model", "StarCoder": "Model"}
    assert pairs("We release TinyCoder-3B distilled from StarCoder.", names, "basedOn") == {
        ("TinyCoder-3B", "StarCoder")
    }
    text = "In our release, TinyCoder-3B is often distilled from StarCoder."
    assert pairs(text, names, "basedOn") == {("TinyCoder-3B", "StarCoder")}
    text = "We release TinyCoder-3B, a compact code model derived from StarCoder."
    assert pairs(text, names, "basedOn") == {("TinyCoder-3B", "StarCoder")}


# ---------------------------------------------------------------- basedOn: "the extended Y" is an adjective
def test_extended_as_an_adjective_gives_no_based_on():
    names = {"ThinkFast": "Model", "chain-of-thought": "Method"}
    text = "ThinkFast solves puzzles via the extended chain-of-thought of its teacher."
    assert pairs(text, names, "basedOn") == set()


def test_extended_as_a_verb_keeps_based_on():
    names = {"ThinkFast": "Model", "chain-of-thought": "Method"}
    text = "ThinkFast extended chain-of-thought with a learned stopping rule."
    assert pairs(text, names, "basedOn") == {("ThinkFast", "chain-of-thought")}
