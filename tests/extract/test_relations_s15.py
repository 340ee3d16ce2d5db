"""Relation recall, fifteenth session round 6: data sets named after their kind ("on two public
datasets, D1 and D2", "across three benchmarks: D1, D2"), benchmarks that evaluate models ("D, a
benchmark that systematically evaluates X"), the task of a won contest ("X outperforms existing
methods in T") and what a model is good at ("LLMs' performance on T").

Every sentence here is invented for the test (none is quoted from an abstract or a gold set);
each rule has a case that must fire and a near miss that must stay silent.
"""

from __future__ import annotations

from test_relations_recall import pairs


# ---------------------------------------------------------------- "on N datasets, D1 and D2"
def test_data_sets_named_after_a_comma_are_the_test_data():
    names = {"RoadSplat": "Method", "DriveSet": "Dataset", "CityLidar": "Dataset"}
    text = ("Extensive experiments on two large-scale datasets, DriveSet and CityLidar, demonstrate "
            "that our RoadSplat achieves state-of-the-art performance.")
    assert pairs(text, names, "evaluatedOn") == {("RoadSplat", "DriveSet"), ("RoadSplat", "CityLidar")}


def test_data_sets_named_after_a_colon_are_the_test_data():
    names = {"CountPrompt": "Method", "CrowdA": "Dataset", "CrowdB": "Dataset", "CrowdC": "Dataset"}
    text = "CountPrompt improves accuracy across three widely used benchmarks: CrowdA, CrowdB, and CrowdC."
    assert pairs(text, names, "evaluatedOn") == {("CountPrompt", "CrowdA"), ("CountPrompt", "CrowdB"),
                                                 ("CountPrompt", "CrowdC")}


def test_namely_after_the_kind_still_names_the_test_data():
    names = {"GestNet": "Method", "HandSet-3D": "Dataset", "EgoHands-X": "Dataset"}
    text = ("Experiments conducted on two gesture recognition datasets, namely HandSet-3D and EgoHands-X, "
            "show that GestNet outperforms existing methods.")
    assert pairs(text, names, "evaluatedOn") == {("GestNet", "HandSet-3D"), ("GestNet", "EgoHands-X")}


def test_a_kind_compared_against_is_no_test_data():
    names = {"MarsVid": "Dataset"}
    text = "In contrast to other datasets, MarsVid contains no censored frames."
    assert pairs(text, names, "evaluatedOn") == set()


def test_a_data_set_after_a_kind_without_a_preposition_is_no_test():
    names = {"TutorLM": "Model", "ClassChat": "Dataset"}
    text = "We release two resources, ClassChat and a rubric, to help train TutorLM."
    assert ("TutorLM", "ClassChat") not in pairs(text, names, "evaluatedOn")


# ---------------------------------------------------------------- "D, a benchmark that evaluates X"
def test_a_benchmark_that_evaluates_models_tests_them():
    names = {"PlanFlex": "Benchmark", "LLMs": "Method"}
    text = "We introduce PlanFlex, a benchmark that evaluates LLMs on dynamic planning scenarios."
    assert pairs(text, names, "evaluatedOn") == {("LLMs", "PlanFlex")}


def test_an_adverb_before_evaluates_keeps_the_cue():
    names = {"TokBench": "Benchmark", "visual tokenizers": "Method"}
    text = "We present TokBench, a comprehensive benchmark that systematically evaluates visual tokenizers across three tasks."
    assert pairs(text, names, "evaluatedOn") == {("visual tokenizers", "TokBench")}


def test_an_acronym_inside_the_description_and_a_benchmarking_system():
    names = {"SensorQA": "Benchmark", "Multiple-Choice Question Answering": "Task", "MCQA": "Task",
             "Large Language Models": "Method"}
    text = ("We introduce SensorQA, a novel Multiple-Choice Question Answering (MCQA) benchmarking system "
            "designed to assess the ability of Large Language Models to reason about failures.")
    assert pairs(text, names, "evaluatedOn") == {("Large Language Models", "SensorQA")}


def test_what_the_benchmark_holds_comes_before_its_purpose():
    names = {"LawDial": "Dataset", "LLMs": "Method"}
    text = ("We introduce LawDial, a multi-turn benchmark dataset comprising 3,000 legal dialogues, "
            "designed to evaluate and improve LLMs' consultation skills.")
    assert pairs(text, names, "evaluatedOn") == {("LLMs", "LawDial")}


def test_a_data_set_that_offers_a_resource_to_evaluate_models():
    names = {"DebugSet": "Benchmark", "LLMs": "Method"}
    text = "DebugSet offers a crucial resource to evaluate and improve LLMs' debugging capabilities."
    assert pairs(text, names, "evaluatedOn") == {("LLMs", "DebugSet")}


def test_crafted_to_facilitate_an_evaluation_of_models():
    names = {"HardIF": "Benchmark", "LLMs": "Method"}
    text = "We present HardIF, meticulously crafted to facilitate a more realistic and robust evaluation of LLMs."
    assert pairs(text, names, "evaluatedOn") == {("LLMs", "HardIF")}


def test_a_corpus_used_to_train_models_tests_nothing():
    names = {"DocPile": "Dataset", "LLMs": "Method"}
    text = "We build DocPile, a corpus that we use to fine-tune LLMs for summarization."
    assert pairs(text, names, "evaluatedOn") == set()


def test_a_benchmark_offered_via_a_tool_does_not_test_the_tool():
    names = {"GeoTest": "Benchmark", "GPT-4o": "Model"}
    text = "GeoTest provides a testbed to evaluate spatial reasoning with GPT-4o as the judge."
    assert pairs(text, names, "evaluatedOn") == set()


# ---------------------------------------------------------------- "X outperforms existing methods in T"
def test_the_winner_over_a_class_of_rivals_is_used_for_the_task():
    names = {"RadioNet": "Method", "radio map estimation": "Task"}
    text = "RadioNet outperforms state-of-the-art methods in radio map estimation while keeping the lowest cost."
    assert pairs(text, names, "usedFor") == {("RadioNet", "radio map estimation")}


def test_the_task_of_the_benchmarks_the_winner_leads_on():
    names = {"NormNet": "Method", "anomaly detection": "Task"}
    text = "NormNet consistently outperforms previous methods on three industrial anomaly detection benchmarks."
    assert pairs(text, names, "usedFor") == {("NormNet", "anomaly detection")}


def test_both_coordinated_tasks_of_the_contest():
    names = {"ClaimX": "Method", "claim extraction": "Task", "claim verification": "Task"}
    text = "ClaimX outperforms previous approaches in both claim extraction and claim verification."
    assert pairs(text, names, "usedFor") == {("ClaimX", "claim extraction"), ("ClaimX", "claim verification")}


def test_in_terms_of_names_a_measure_not_a_task():
    names = {"PoseX": "Method", "pose accuracy": "Task"}
    text = "PoseX outperforms existing methods in terms of pose accuracy."
    assert pairs(text, names, "usedFor") == set()


def test_a_clause_before_the_task_breaks_the_contest():
    names = {"PoseX": "Method", "pose estimation": "Task"}
    text = "PoseX outperforms the baselines while using fewer parameters for pose estimation."
    assert pairs(text, names, "usedFor") == set()



# ---------------------------------------------------------------- "X's performance on T"
def test_a_models_performance_on_a_task_is_a_use():
    names = {"VLMs": "Method", "chart reasoning": "Task"}
    text = "Our method effectively boosts VLMs' performance on complex chart reasoning tasks."
    assert pairs(text, names, "usedFor") == {("VLMs", "chart reasoning")}


def test_a_possessive_capability_in_a_task_is_a_use():
    names = {"Mamba": "Method", "3D medical image segmentation": "Task"}
    text = "We present an investigation into Mamba's capabilities in 3D medical image segmentation."
    assert pairs(text, names, "usedFor") == {("Mamba", "3D medical image segmentation")}


def test_a_compound_performance_with_an_adjective():
    names = {"Whisper": "Model", "speech recognition": "Task"}
    text = "Whisper's robust performance in speech recognition is often attributed to its training set."
    assert pairs(text, names, "usedFor") == {("Whisper", "speech recognition")}


def test_other_properties_of_a_model_name_no_task():
    names = {"LLM": "Method", "translation": "Task"}
    text = "The LLM training data in translation shapes the output quality."
    assert pairs(text, names, "usedFor") == set()
