"""basedOn precision, comparison coordination, "Based on D, we evaluate X" (twelfth session, third
helper), on invented sentences.

Every sentence here is constructed for the test (none is quoted from an abstract or a gold
set); each blocking condition has a wrong case that must stay silent (or move to the right
head) and a near miss that must keep its relation.
"""

from __future__ import annotations

from test_relations_recall import pairs  # (same folder: pytest puts it on the path)


# ---------------------------------------------------------------- fronted "Built upon Y, X ..."
def test_fronted_basis_credits_the_main_clause_subject_only():
    names = {"OrcaLM-7B": "Model", "in-context learning": "Method"}
    text = "Built upon OrcaLM-7B, our approach combines in-context learning and hard-negative mining."
    assert pairs(text, names, "basedOn") == set()
    names = {"TinyGPT": "Model", "SFT": "Method", "DPO": "Method"}
    text = "Building on TinyGPT, we employed techniques including SFT and DPO to adapt it to law."
    assert pairs(text, names, "basedOn") == set()
    names = {"PlainFormer": "Model", "token pruning": "Method"}
    text = "Built upon PlainFormer, this toolkit benchmarks token pruning on many devices."
    assert pairs(text, names, "basedOn") == set()


def test_fronted_basis_skips_names_inside_the_fronted_phrase():
    names = {"RiverNet": "Model", "graph model": "Method", "RiverNet-2": "Model"}
    text = "Built upon RiverNet, a strong graph model, RiverNet-2 adds a flood memory."
    assert pairs(text, names, "basedOn") == {("RiverNet-2", "RiverNet")}
    names = {"attention maps": "Method", "ViT-S": "Model"}
    text = "Building on the attention maps inherent to ViT-S, our model draws cleaner masks."
    assert pairs(text, names, "basedOn") == set()


def test_fronted_basis_keeps_a_plain_subject_and_a_proposal():
    names = {"SolarDiff": "Method", "DiT": "Model"}
    text = "Built upon the DiT architecture, SolarDiff forecasts irradiance maps."
    assert pairs(text, names, "basedOn") == {("SolarDiff", "DiT")}
    names = {"KelpSeg": "Method", "SegNet": "Model"}
    text = "Extending the SegNet framework, this work introduces KelpSeg, a kelp segmenter."
    assert pairs(text, names, "basedOn") == {("KelpSeg", "SegNet")}


# ---------------------------------------------------------------- a part of X is based on Y
def test_part_taken_by_a_verb_is_what_is_based_on_y():
    names = {"LeafNet": "Method", "MoE": "Method"}
    text = "We propose LeafNet, which employs a gated compressor based on MoE for leaf counting."
    assert pairs(text, names, "basedOn") == set()
    names = {"ReefScan": "Method", "UNet": "Model", "Swin Transformer": "Model"}
    text = "We present ReefScan, that integrates a UNet decoder with an encoder based on Swin Transformer."
    assert pairs(text, names, "basedOn") == set()


def test_apposition_without_a_part_verb_keeps_based_on():
    names = {"LeafNet": "Method", "MoE": "Method"}
    text = "We propose LeafNet, a leaf counting framework based on MoE."
    assert pairs(text, names, "basedOn") == {("LeafNet", "MoE")}
    names = {"ReefScan": "Method", "Swin Transformer": "Model"}
    text = "We present ReefScan, an integrated coral detector based on Swin Transformer."
    assert pairs(text, names, "basedOn") == {("ReefScan", "Swin Transformer")}
