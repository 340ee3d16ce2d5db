"""Recall rules of the ninth session, on invented sentences (mentions placed by hand).

Every sentence here is constructed for the test (none is quoted from an abstract or a gold
set); each rule has a positive case and a near miss that must stay silent.
"""

from __future__ import annotations

from test_relations_recall import pairs, rels  # (same folder: pytest puts it on the path)


# ---------------------------------------------------------------- usedFor: "X in T"
def test_x_in_task():
    names = {"Token Pruning": "Method", "Lung Nodule Detection": "Task"}
    text = "TPX: Robust Token Pruning in Lung Nodule Detection"
    assert rels(text, names, "usedFor") == {("Token Pruning", "Lung Nodule Detection", "x_in_task")}


def test_x_with_alias_in_the_task():
    names = {"Graph Networks": "Method", "GNs": "Method", "traffic forecasting": "Task"}
    text = "We study the behaviour of Graph Networks (GNs) in the traffic forecasting setting."
    assert pairs(text, names) == {("Graph Networks", "traffic forecasting"), ("GNs", "traffic forecasting")}


def test_x_in_task_needs_the_bare_preposition():
    names = {"Token Pruning": "Method", "Lung Nodule Detection": "Task"}
    text = "Token Pruning was found to help little in Lung Nodule Detection."
    assert pairs(text, names) == set()


# ---------------------------------------------------------------- usedFor: "the T capabilities of X"
def test_task_capabilities_of_x():
    names = {"MolNet": "Model", "retrosynthesis planning": "Task"}
    text = "We probe the retrosynthesis planning capabilities of MolNet with a new suite."
    assert rels(text, names, "usedFor") == {("MolNet", "retrosynthesis planning", "task_ability_of")}


def test_task_of_x_without_an_ability_noun_is_silent():
    names = {"MolNet": "Model", "retrosynthesis planning": "Task"}
    text = "We discuss the retrosynthesis planning history of MolNet."
    assert pairs(text, names) == set()


# ---------------------------------------------------------------- usedFor: "X have revolutionized T"
def test_x_have_revolutionized_task():
    names = {"Neural Operators": "Method", "NOs": "Method", "weather forecasting": "Task"}
    text = "Neural Operators (NOs) have revolutionized weather forecasting, yet they remain costly."
    assert pairs(text, names) == {("Neural Operators", "weather forecasting"), ("NOs", "weather forecasting")}


def test_x_have_shown_capabilities_in_task():
    names = {"Tabular transformers": "Method", "fraud detection": "Task"}
    text = "Tabular transformers have demonstrated remarkable capabilities in fraud detection."
    assert pairs(text, names) == {("Tabular transformers", "fraud detection")}


def test_x_have_shown_weaknesses_in_task_is_silent():
    names = {"Tabular transformers": "Method", "fraud detection": "Task"}
    text = "Tabular transformers have demonstrated clear weaknesses in fraud detection."
    assert pairs(text, names) == set()


# ---------------------------------------------------------------- usedFor: "X, a novel T framework that ..."
def test_apposition_whose_kind_follows_the_task():
    names = {"QuillNet": "Method", "handwriting recognition": "Task"}
    text = "We propose QuillNet, a novel handwriting recognition framework that reads cursive notes."
    assert rels(text, names, "usedFor") == {("QuillNet", "handwriting recognition", "appositive_task")}


def test_apposition_with_the_task_after_a_preposition_is_silent():
    names = {"QuillNet": "Method", "handwriting recognition": "Task"}
    text = "We propose QuillNet, a novel framework with handwriting recognition modules that read notes."
    assert pairs(text, names) == set()


# ---------------------------------------------------------------- usedFor: "a framework for T, named X"
def test_name_given_to_a_method_for_the_task():
    names = {"FlowTrack": "Method", "cell tracking": "Task"}
    text = "We propose a lightweight framework for cell tracking, named FlowTrack, which runs online."
    assert rels(text, names, "usedFor") == {("FlowTrack", "cell tracking", "named_for_task")}


def test_name_given_to_the_task_itself_is_silent():
    names = {"FlowTrack": "Method", "cell tracking": "Task"}
    text = "We propose online cell tracking, named FlowTrack, as a new problem."
    assert pairs(text, names) == set()


def test_gap_between_x_in_task_is_silent():
    names = {"Token Pruning": "Method", "Lung Nodule Detection": "Task"}
    text = "We measure the gap between Token Pruning in Lung Nodule Detection and manual review."
    assert pairs(text, names) == set()


def test_name_given_to_a_test_set_for_the_task_is_silent():
    names = {"FlowTrack": "Method", "cell tracking": "Task"}
    text = "We also annotate a test set for cell tracking, named FlowTrack, with 900 clips."
    assert pairs(text, names) == set()


# ---------------------------------------------------------------- usedFor: title "X: T1 for T2"
def test_title_task_gives_way_to_the_task_it_is_for():
    names = {"CoilNet": "Method", "Spiral Feature Matching": "Task", "Coin Grading": "Task"}
    text = "CoilNet: Spiral Feature Matching for Coin Grading\n\nWe grade coins from photographs."
    assert {(h, t) for h, t, r in rels(text, names, "usedFor") if r == "title_task"} == {("CoilNet", "Coin Grading")}


def test_title_task_without_a_purpose_stays():
    names = {"CoilNet": "Method", "Coin Grading": "Task", "Spiral Features": "Method"}
    text = "CoilNet: Coin Grading with Spiral Features\n\nWe grade coins from photographs."
    assert ("CoilNet", "Coin Grading", "title_task") in rels(text, names, "usedFor")


# ---------------------------------------------------------------- evaluatedOn: "D, a benchmark to evaluate X"
def test_benchmark_designed_to_evaluate_models():
    names = {"ChemBench": "Benchmark", "LLMs": "Method"}
    text = "We introduce ChemBench, the first benchmark designed to assess LLMs across laboratory chemistry."
    assert rels(text, names, "evaluatedOn") == {("LLMs", "ChemBench", "benchmark_evaluates_x")}


def test_coordinated_benchmarks_which_evaluate_a_property_of_models():
    names = {"ChemQA": "Benchmark", "ChemVis": "Benchmark", "MLLMs": "Method", "Grammar Skill": "Method"}
    text = "We release ChemQA and ChemVis, which evaluate the Grammar Skill of MLLMs in chemistry."
    assert pairs(text, names, "evaluatedOn") == {("MLLMs", "ChemQA"), ("MLLMs", "ChemVis")}


def test_benchmark_evaluating_via_a_method_names_no_tested_model():
    names = {"ChemBench": "Benchmark", "CoT": "Method"}
    text = "ChemBench is designed to evaluate step-wise answers via CoT prompting."
    assert pairs(text, names, "evaluatedOn") == set()


# ---------------------------------------------------------------- usedFor: "X's T"
def test_possessive_task_of_x():
    names = {"OrcaNet": "Model", "sonar segmentation": "Task", "SonarLMs": "Method", "echo reasoning": "Task"}
    assert pairs("We study OrcaNet's sonar segmentation on noisy data.", names) == {("OrcaNet", "sonar segmentation")}
    assert pairs("This boosts SonarLMs' echo reasoning abilities.", names) == {("SonarLMs", "echo reasoning")}


def test_possessive_with_words_between_is_silent():
    names = {"OrcaNet": "Model", "sonar segmentation": "Task"}
    assert pairs("OrcaNet's authors also released sonar segmentation code.", names) == set()


# ---------------------------------------------------------------- evaluatedOn: "X surpasses Y on D"
def test_rival_of_a_comparison_is_evaluated_on_the_data_set_too():
    names = {"KiteLM": "Model", "BoxLM-70B": "Model", "HaloQA": "Benchmark", "RingQA": "Benchmark"}
    text = "KiteLM surpasses BoxLM-70B on HaloQA and RingQA by a wide margin."
    assert pairs(text, names, "evaluatedOn") == {("KiteLM", "HaloQA"), ("KiteLM", "RingQA"),
                                                 ("BoxLM-70B", "HaloQA"), ("BoxLM-70B", "RingQA")}


def test_model_named_with_but_not_compared_is_no_rival():
    names = {"KiteLM": "Model", "BoxLM-70B": "Model", "HaloQA": "Benchmark"}
    text = "KiteLM, distilled with BoxLM-70B on HaloQA, answers quickly."
    assert ("BoxLM-70B", "HaloQA") not in pairs(text, names, "evaluatedOn")
