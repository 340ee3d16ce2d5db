"""Recall rules of the tenth session, on invented sentences (mentions placed by hand).

Every sentence here is constructed for the test (none is quoted from an abstract or a gold
set); each rule has a positive case and a near miss that must stay silent.
"""

from __future__ import annotations

from test_relations_recall import pairs, rels  # (same folder: pytest puts it on the path)


# ---------------------------------------------------------------- usedFor: "X (ABBR), a framework for T"
def test_apposition_after_an_acronym_describes_both_names():
    names = {"Sparse Ray Marching": "Method", "SRM": "Method", "novel view synthesis": "Task"}
    text = "We propose Sparse Ray Marching (SRM), a lightweight framework for novel view synthesis."
    assert pairs(text, names) == {("Sparse Ray Marching", "novel view synthesis"), ("SRM", "novel view synthesis")}


def test_name_closing_a_longer_parenthesis_is_not_described():
    names = {"RaySeg": "Method", "point clouds": "Method", "semantic segmentation": "Task"}
    text = "We propose RaySeg (Ray Segmentation for point clouds), a fast method for semantic segmentation."
    assert pairs(text, names) == set()


def test_description_headed_by_a_problem_is_no_method():
    names = {"Route Mining": "Method", "RM": "Method", "fleet planning": "Task"}
    assert pairs("Route Mining is a fundamental problem for fleet planning in logistics.", names) == set()
    assert pairs("Route Mining (RM) is a fundamental problem for fleet planning in logistics.", names) == set()


def test_task_in_an_example_list_or_after_without_is_not_the_use():
    names = {"GlowNet": "Method", "fact checking": "Task", "depth estimation": "Task"}
    text = "We propose GlowNet, a framework that adds control tags such as <A> for fact checking."
    assert pairs(text, names) == set()
    text = "We propose GlowNet, a training framework that renders faster without harming depth estimation."
    assert pairs(text, names) == set()


# ---------------------------------------------------------------- usedFor: "X achieves state-of-the-art T performance"
def test_x_achieves_strong_task():
    names = {"PolyNet": "Model", "polyp segmentation": "Task"}
    text = "PolyNet achieves state-of-the-art polyp segmentation performance at low cost."
    assert rels(text, names, "usedFor") == {("PolyNet", "polyp segmentation", "x_achieves_task")}
    assert pairs("Chart models (CMs) exhibit strong polyp segmentation, yet fail on video.",
                 {"Chart models": "Method", "CMs": "Method", "polyp segmentation": "Task"}) == {
        ("Chart models", "polyp segmentation"), ("CMs", "polyp segmentation")}


def test_x_achieves_without_a_quality_word_is_silent():
    names = {"PolyNet": "Model", "polyp segmentation": "Task"}
    assert pairs("PolyNet achieves this although polyp segmentation is hard.", names) == set()


# ---------------------------------------------------------------- usedFor: "Experiments on T benchmarks show that X"
def test_experiments_on_task_benchmarks_show_that_x():
    names = {"dune mapping": "Task", "ripple mapping": "Task", "SandNet": "Method"}
    text = "Experiments on four dune mapping and ripple mapping benchmarks show that SandNet is accurate."
    assert rels(text, names, "usedFor") == {("SandNet", "dune mapping", "tested_on_task"),
                                            ("SandNet", "ripple mapping", "tested_on_task")}


def test_task_benchmarks_without_show_that_are_silent():
    names = {"dune mapping": "Task", "SandNet": "Method"}
    text = "Experiments on dune mapping benchmarks are rare, and SandNet is new."
    assert pairs(text, names) == set()


# ---------------------------------------------------------------- usedFor: "X outperforms state-of-the-art T methods"
def test_x_outperforms_task_methods():
    names = {"KiteTrack": "Method", "kite tracking": "Task"}
    text = "Results show that KiteTrack outperforms state-of-the-art kite tracking methods."
    assert rels(text, names, "usedFor") == {("KiteTrack", "kite tracking", "x_beats_task_methods")}


def test_x_outperforms_a_task_without_a_rival_kind_is_silent():
    names = {"KiteTrack": "Method", "kite tracking": "Task"}
    assert pairs("KiteTrack outperforms kite tracking in speed.", names) == set()


# ---------------------------------------------------------------- usedFor: "For T, X ...", "To improve T, we propose X"
def test_sentence_opening_with_the_task():
    names = {"glacier mapping": "Task", "IceSeg": "Method", "GlacierFormer": "Model"}
    assert rels("For glacier mapping, IceSeg reaches 91% IoU.", names, "usedFor") == {
        ("IceSeg", "glacier mapping", "purpose_task")}
    assert pairs("To further improve glacier mapping, we propose a lightweight GlacierFormer.", names) == {
        ("GlacierFormer", "glacier mapping")}


def test_sentence_opening_with_a_problem_of_the_task_is_silent():
    names = {"glacier mapping": "Task", "IceSeg": "Method"}
    assert pairs("To address the limitations of glacier mapping, we propose IceSeg.", names) == set()
    assert pairs("In glacier mapping, where full IceSeg training is costly, adapters help.", names) == set()
    assert pairs("For glacier mapping, we evaluated three IceSeg variants.", names) == set()


# ---------------------------------------------------------------- usedFor: "X with Y for T"
def test_x_with_y_for_task():
    names = {"Mamba": "Method", "Sparse Gating": "Method", "Crop Mapping": "Task"}
    text = "MG: Mamba with Sparse Gating for Crop Mapping"
    assert rels(text, names, "usedFor") == {("Sparse Gating", "Crop Mapping", "x_for_task"),
                                            ("Mamba", "Crop Mapping", "x_with_y_for_task")}


def test_x_with_y_and_more_before_for_is_silent_for_x():
    names = {"Mamba": "Method", "Sparse Gating": "Method", "Crop Mapping": "Task"}
    text = "We combine Mamba with Sparse Gating and train it for Crop Mapping."
    assert ("Mamba", "Crop Mapping") not in pairs(text, names)


# ---------------------------------------------------------------- usedFor: "a CRF-based approach for T", "an HMM approach to T"
def test_name_based_kind_for_task_and_approach_to_task():
    names = {"CRF": "Method", "HMM": "Method", "chunking": "Task"}
    assert rels("We train a CRF-based approach for chunking.", names, "usedFor") == {("CRF", "chunking", "x_for_task")}
    assert rels("We revisit the HMM approach to chunking.", names, "usedFor") == {("HMM", "chunking", "x_for_task")}


def test_approach_to_a_purpose_verb_is_not_a_use():
    names = {"HMM": "Method", "chunking": "Task"}
    assert pairs("The HMM approach led to chunking errors.", names) == set()


# ---------------------------------------------------------------- evaluatedOn: "on A, B, and D" with B no mention
def test_list_broken_by_an_item_that_is_no_mention():
    names = {"TideNet": "Method", "CoastA": "Dataset", "CoastC": "Dataset"}
    text = "Experiments on CoastA, CoastB, and CoastC show that TideNet is robust."
    assert pairs(text, names, "evaluatedOn") == {("TideNet", "CoastA"), ("TideNet", "CoastC")}


# ---------------------------------------------------------------- evaluatedOn: a title "D: Benchmarking X"
def test_title_benchmark_tests_the_named_models():
    names = {"ReefBench": "Benchmark", "Vision-Language Models": "Method", "coral counting": "Task"}
    text = "ReefBench: Benchmarking Vision-Language Models for coral counting\n\nWe release ReefBench."
    assert rels(text, names, "evaluatedOn") == {("Vision-Language Models", "ReefBench", "title_benchmark")}
    text = "ReefBench: Can Vision-Language Models Count Corals?\n\nWe release ReefBench."
    assert pairs(text, names, "evaluatedOn") == {("Vision-Language Models", "ReefBench")}


def test_title_benchmark_of_a_task_phrase_is_silent():
    names = {"ReefBench": "Benchmark", "Context Learning": "Method"}
    text = "ReefBench: A Benchmark for Context Learning\n\nWe release ReefBench."
    assert pairs(text, names, "evaluatedOn") == set()


def test_problem_noun_inside_a_compound_keeps_the_description():
    names = {"AskBot": "Method", "question generation": "Task"}
    text = "We introduce AskBot, a question generation and answering framework for tutors."
    assert pairs(text, names) == {("AskBot", "question generation")}
