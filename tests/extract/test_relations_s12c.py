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


# ---------------------------------------------------------------- coordination in comparisons
def test_subject_of_a_second_clause_is_no_object():
    names = {"OwlLM-S": "Model", "GPT-4": "Model", "OwlLM-L": "Model", "Falcon-40B": "Model"}
    text = "Notably, OwlLM-S surpasses GPT-4, and OwlLM-L outperforms Falcon-40B on every task."
    assert pairs(text, names, "outperforms") == {("OwlLM-S", "GPT-4"), ("OwlLM-L", "Falcon-40B")}


def test_list_with_and_stays_objects():
    names = {"OwlLM-S": "Model", "GPT-4": "Model", "Falcon-40B": "Model"}
    text = "Notably, OwlLM-S surpasses GPT-4, and Falcon-40B on every task."
    assert pairs(text, names, "outperforms") == {("OwlLM-S", "GPT-4"), ("OwlLM-S", "Falcon-40B")}


def test_object_of_an_earlier_cue_is_no_subject_of_a_later_one():
    names = {"MoleNet": "Method", "dense baselines": "Method", "sparse experts": "Method"}
    text = "MoleNet performs close to the dense baselines and outperforms the sparse experts by 3 points."
    assert pairs(text, names, "outperforms") == {("MoleNet", "sparse experts")}
    names = {"AdaRank": "Method", "TinyLlama": "Model", "GPT-4": "Model"}
    text = "AdaRank is competitive with TinyLlama and faster than GPT-4 on long documents."
    assert pairs(text, names, "outperforms") == {("AdaRank", "GPT-4")}


def test_versus_pairs_keep_their_own_heads():
    names = {"GRPO": "Method", "PPO": "Method", "DPO": "Method", "KTO": "Method"}
    text = "We study several choices: DPO vs. KTO, GRPO vs. PPO, and short vs. long rollouts."
    assert ("GRPO", "PPO") in pairs(text, names, "comparedWith")


def test_names_in_a_parenthesis_after_beaten_baselines_are_objects():
    names = {"ChainBreak": "Method", "PAIR": "Method", "PAP": "Method", "GCG": "Method"}
    text = ("We propose ChainBreak. Our technique outperforms baseline attacks (PAIR and PAP) in "
            "success rate and shows comparable performance with GCG.")
    assert pairs(text, names, "comparedWith") == {("ChainBreak", "GCG")}
    names = {"RLHF": "Method", "math reasoning": "Task"}
    text = "Reinforcement learning with human feedback (RLHF) has shown promising results in math reasoning."
    assert pairs(text, names, "usedFor") == {("RLHF", "math reasoning")}


# ---------------------------------------------------------------- "Based on D, we evaluate X"
def test_fronted_data_set_before_a_test_clause_is_a_test():
    names = {"ChartQA-X": "Benchmark", "VisLM-7B": "Model"}
    text = "Based on ChartQA-X, we evaluate VisLM-7B and report its failure modes."
    assert pairs(text, names, "evaluatedOn") == {("VisLM-7B", "ChartQA-X")}
    text = "Based on ChartQA-X, we find that VisLM-7B misreads stacked bars."
    assert pairs(text, names, "evaluatedOn") == {("VisLM-7B", "ChartQA-X")}


def test_fronted_data_set_before_building_stays_untested():
    names = {"ChartQA-X": "Benchmark", "VisLM-7B": "Model"}
    text = "Based on ChartQA-X, we develop VisLM-7B, a chart reader."
    assert pairs(text, names, "evaluatedOn") == set()


# ---------------------------------------------------------------- "we employ a <kind> based on Y"
def test_a_part_the_paper_employs_is_what_is_based_on_y():
    names = {"DocSieve": "Method", "TextCNN": "Model"}
    text = "We propose DocSieve for corpus cleaning. To filter pages, we also employ a small classifier based on TextCNN."
    assert pairs(text, names, "basedOn") == set()
    text = "We propose DocSieve for corpus cleaning. We further present a small framework based on TextCNN."
    assert pairs(text, names, "basedOn") == {("DocSieve", "TextCNN")}
