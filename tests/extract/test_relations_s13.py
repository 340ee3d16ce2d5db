"""Relation recall, thirteenth session: coordinated heads and tails, comparisons, uses, training.

Every sentence here is invented for the test (none is quoted from an abstract or a gold set);
each rule has a case that must fire and a near miss that must stay silent.
"""

from __future__ import annotations

from test_relations_recall import pairs  # (same folder: pytest puts it on the path)


# ---------------------------------------------------------------- coordinated tasks share a use
def test_title_task_reaches_every_task_of_the_list():
    names = {"ReefNet": "Method", "Coral Detection": "Task", "Localization": "Task", "Counting": "Task"}
    text = "ReefNet: Joint Coral Detection, Localization and Counting via Sparse Queries\n\nWe study reefs."
    assert pairs(text, names) == {("ReefNet", "Coral Detection"), ("ReefNet", "Localization"),
                                  ("ReefNet", "Counting")}


def test_appositive_description_reaches_every_listed_task():
    names = {"KelpTrack": "Model", "kelp detection": "Task", "segmentation": "Task", "tracking": "Task"}
    text = "We introduce KelpTrack, a foundation model that jointly addresses kelp detection, segmentation and tracking."
    assert pairs(text, names) == {("KelpTrack", "kelp detection"), ("KelpTrack", "segmentation"),
                                  ("KelpTrack", "tracking")}


def test_experiments_across_a_task_list_reach_the_first_items():
    names = {"math reasoning": "Task", "code generation": "Task", "SparseMix": "Method"}
    text = "Experiments across math reasoning, code generation, and retrieval tasks demonstrate that SparseMix is fast."
    assert pairs(text, names) == {("SparseMix", "math reasoning"), ("SparseMix", "code generation")}


def test_a_setting_before_a_comma_is_no_list_item():
    # near miss: "For T1, T2 via X" sets a scene; only T2 is done via X
    names = {"ocean monitoring": "Task", "reef mapping": "Task", "SAM": "Model"}
    text = "For ocean monitoring, reef mapping via SAM is popular."
    assert pairs(text, names) == {("SAM", "reef mapping")}


def test_an_instrument_of_the_last_item_stays_with_it_outside_titles():
    # near miss: in a body sentence "T1 and T2 through X" often uses X for T2 only
    names = {"MoireNet": "Method", "edge extraction": "Task", "texture extraction": "Task", "SSM": "Method"}
    text = "We introduce MoireNet, which incorporates edge extraction and texture extraction through SSM."
    assert ("SSM", "edge extraction") not in pairs(text, names)
    assert ("SSM", "texture extraction") in pairs(text, names)


# ---------------------------------------------------------------- coordinated heads
def test_coordinated_subjects_share_a_comparison():
    names = {"Wren-1B": "Model", "Wren-3B": "Model", "Qwen-7B": "Model", "Llama-8B": "Model"}
    text = "Wren-1B and Wren-3B are competitive with larger models, including Qwen-7B and Llama-8B."
    assert pairs(text, names, "comparedWith") == {
        ("Wren-1B", "Qwen-7B"), ("Wren-1B", "Llama-8B"), ("Wren-3B", "Qwen-7B"), ("Wren-3B", "Llama-8B")}
    text = "Wren-1B and Wren-3B lag behind Qwen-7B."
    assert pairs(text, names, "outperforms") == {("Qwen-7B", "Wren-1B"), ("Qwen-7B", "Wren-3B")}


def test_objects_before_a_fronted_comparison_subject_are_no_subjects():
    # near miss: "Compared to A, B, and C, X ...": A, B and C are compared with X, not with each other
    names = {"GRU": "Method", "LSTM": "Method", "TCN": "Method", "WaveMix": "Method"}
    text = "Compared to baselines such as GRU, LSTM, and TCN, WaveMix forecasts better."
    got = pairs(text, names, "comparedWith") | pairs(text, names, "outperforms")
    assert got == {("WaveMix", "GRU"), ("WaveMix", "LSTM"), ("WaveMix", "TCN")}


def test_an_article_after_a_comma_makes_no_list_of_subjects():
    names = {"active learning": "Method", "U-Nets": "Method", "SegFormer": "Model"}
    text = "With data picked by active learning, the U-Nets reach a similar mIoU compared to SegFormer."
    assert pairs(text, names, "comparedWith") == {("U-Nets", "SegFormer")}


def test_a_subject_list_after_the_dataset_is_evaluated_whole():
    names = {"GSM8K": "Benchmark", "Orca-2": "Model", "Phi-3": "Model", "Gemma-2": "Model"}
    text = "Experiments on GSM8K show that Orca-2, Phi-3, and Gemma-2 gain from the hints."
    assert pairs(text, names, "evaluatedOn") == {("Orca-2", "GSM8K"), ("Phi-3", "GSM8K"), ("Gemma-2", "GSM8K")}
