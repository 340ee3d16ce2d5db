"""Relation precision and usedFor recall, fourteenth session: the subject of an evaluation or a
comparison, what "T by <gerund> X" does to X, and more purpose openers.

Every sentence here is invented for the test (none is quoted from an abstract or a gold set);
each rule has a case that must fire and a near miss that must stay silent.
"""

from __future__ import annotations

from test_relations_recall import pairs  # (same folder: pytest puts it on the path)


# ---------------------------------------------------------------- an unnamed "our approach" is the subject
def test_a_class_of_rivals_after_our_approach_is_not_evaluated():
    names = {"HarborSet": "Dataset", "depth completion methods": "Method"}
    text = "Experiments on HarborSet demonstrate that our approach outperforms existing depth completion methods in fog."
    assert pairs(text, names, "evaluatedOn") == set()


def test_a_named_rival_after_our_approach_was_run_on_the_data_set():
    # near miss: a named baseline beaten on D was evaluated on D too
    names = {"HarborSet": "Dataset", "DepthNet-X": "Model"}
    text = "Experiments on HarborSet demonstrate that our approach outperforms DepthNet-X in fog."
    assert pairs(text, names, "evaluatedOn") == {("DepthNet-X", "HarborSet")}


def test_our_model_called_x_still_names_the_subject():
    names = {"HarborSet": "Dataset", "FogDepth": "Method"}
    text = "Experiments on HarborSet show that our model, called FogDepth, outperforms prior work."
    assert ("FogDepth", "HarborSet") in pairs(text, names, "evaluatedOn")


# ---------------------------------------------------------------- the object of a finite verb of use
def test_the_object_of_leverages_is_no_comparison_subject():
    names = {"WaveSSM": "Method", "recurrent networks": "Method", "TCN": "Method"}
    text = ("Our WaveSSM block leverages recurrent networks to model long signals, "
            "offering higher accuracy with fewer parameters compared to TCN.")
    got = pairs(text, names, "comparedWith") | pairs(text, names, "outperforms")
    assert ("recurrent networks", "TCN") not in got
    assert ("WaveSSM", "TCN") in got


def test_a_subject_right_before_the_comparison_is_kept():
    # near miss: no verb of use stands before the candidate, so it is the subject
    names = {"WaveSSM": "Method", "TCN": "Method"}
    text = "On long signals, WaveSSM offers higher accuracy with fewer parameters compared to TCN."
    got = pairs(text, names, "comparedWith") | pairs(text, names, "outperforms")
    assert ("WaveSSM", "TCN") in got


# ---------------------------------------------------------------- "T by <gerund> X"
def test_what_a_gerund_watches_is_not_used_for_the_task():
    names = {"multi-hop retrieval": "Task", "LLM": "Model"}
    text = "The controller adjusts the search width during multi-hop retrieval by monitoring LLM confidence scores."
    assert pairs(text, names) == set()
    text = "The controller improves multi-hop retrieval by identifying LLM failure modes early."
    assert pairs(text, names) == set()


def test_a_gerund_of_use_still_uses_x_for_the_task():
    # near miss: "by leveraging / by performing X" puts X to use
    names = {"multi-hop retrieval": "Task", "LLM": "Model", "query rewriting": "Method"}
    text = "The controller improves multi-hop retrieval by leveraging LLM feedback at each step."
    assert pairs(text, names) == {("LLM", "multi-hop retrieval")}
    text = "The controller improves multi-hop retrieval by performing query rewriting at each step."
    assert pairs(text, names) == {("query rewriting", "multi-hop retrieval")}


# ---------------------------------------------------------------- more purpose openers
def test_a_problem_met_in_the_task_is_the_purpose():
    names = {"coral reef mapping": "Task", "ReefSeg": "Method"}
    text = "To deal with these challenges for coral reef mapping, we introduce ReefSeg, a segmentation network."
    assert ("ReefSeg", "coral reef mapping") in pairs(text, names)
    text = "To mitigate the aforementioned gap in coral reef mapping, we propose ReefSeg."
    assert pairs(text, names) == {("ReefSeg", "coral reef mapping")}


def test_a_second_purpose_after_and_names_the_task():
    names = {"ship route forecasting": "Task", "TideNet": "Method"}
    text = "To address these challenges and improve ship route forecasting, we propose TideNet."
    assert pairs(text, names) == {("TideNet", "ship route forecasting")}
    text = "To further optimize ship route forecasting, we introduce TideNet."
    assert pairs(text, names) == {("TideNet", "ship route forecasting")}


def test_a_purpose_needs_the_method_as_the_new_proposal():
    # near miss: what prior work used is not what the purpose is served by
    names = {"coral reef mapping": "Task", "ReefSeg": "Method"}
    text = "To deal with these challenges for coral reef mapping, prior studies relied on manual labels and ReefSeg."
    assert pairs(text, names) == set()


# ---------------------------------------------------------------- a tool right of a comparison
def test_a_tool_after_the_comparison_is_no_subject():
    names = {"self-consistency": "Method", "Wren-9B": "Model"}
    text = ("This dual benefit enables more optimal reasoning paths compared to monolingual self-consistency "
            "baselines, as evidenced by the 4.1% accuracy gains using Wren-9B on the test set.")
    got = pairs(text, names, "comparedWith") | pairs(text, names, "outperforms")
    assert got == set()
    text = "Compared to self-consistency, the gains are large, as shown using Wren-9B."
    assert pairs(text, names, "comparedWith") | pairs(text, names, "outperforms") == set()


# ---------------------------------------------------------------- applied / extended / transferred to a task
def test_applied_or_transferred_to_a_task_with_modifiers():
    names = {"LLMs": "Model", "radiology triage": "Task", "VLMs": "Model", "open-world tracking": "Task"}
    text = "However, applying general LLMs to radiology triage remains challenging."
    assert pairs(text, names) == {("LLMs", "radiology triage")}
    text = "We propose a recipe for efficiently transferring VLMs to open-world tracking."
    assert pairs(text, names) == {("VLMs", "open-world tracking")}


def test_extending_the_application_of_x_to_a_task():
    names = {"CLIP": "Model", "sound source localization": "Task"}
    text = "In this work, we extend the application of CLIP to sound source localization without text."
    assert pairs(text, names) == {("CLIP", "sound source localization")}


def test_an_approach_to_a_task_is_for_it():
    names = {"split-then-join approach": "Method", "long document summarization": "Task"}
    text = "We describe a split-then-join approach to long document summarization in low-resource settings."
    assert pairs(text, names) == {("split-then-join approach", "long document summarization")}


def test_a_strategy_to_do_something_is_no_approach_to_a_task():
    # near miss: after "strategy" (or "framework") "to" is mostly an infinitive
    names = {"masking strategy": "Method", "normal reconstruction": "Task"}
    text = "We add a masking strategy to resolve conflicts between normal reconstruction and detection."
    assert pairs(text, names) == set()


# ---------------------------------------------------------------- "T capabilities in X"
def test_task_abilities_in_or_for_a_model():
    names = {"chart reasoning": "Task", "VLMs": "Model"}
    text = "Recent work has pushed the chart reasoning capabilities in VLMs much further."
    assert pairs(text, names) == {("VLMs", "chart reasoning")}
    text = "The recipe enables stronger chart reasoning abilities for VLMs at small scale."
    assert pairs(text, names) == {("VLMs", "chart reasoning")}


def test_task_ability_needs_the_ability_noun():
    # near miss: "T in X" alone says where T happens, not that X does it
    names = {"chart reasoning": "Task", "VLMs": "Model"}
    text = "We study failures of chart reasoning in VLMs trained on synthetic plots."
    assert ("VLMs", "chart reasoning") not in pairs(text, names)


# ---------------------------------------------------------------- a training word that trains nothing
def test_a_training_word_inside_a_name_trains_nothing():
    names = {"Kite-7B": "Model", "Owl-R1-Distill-8B": "Model", "MathArena": "Benchmark"}
    text = "Notably, our Kite-7B matches the performance of Owl-R1-Distill-8B on MathArena."
    assert pairs(text, names, "trainedOn") == set()
    assert ("Owl-R1-Distill-8B", "MathArena") in pairs(text, names, "evaluatedOn")


def test_training_data_drawn_from_a_data_set_trains_nothing_yet():
    names = {"DataSmith": "Method", "ProofQA": "Dataset"}
    text = "We also propose DataSmith, a pipeline that creates training data from existing ProofQA questions."
    assert pairs(text, names, "trainedOn") == set()
    # near miss: a model fine-tuned on the data set was trained on it
    names = {"Kite-7B": "Model", "ProofQA": "Dataset"}
    assert pairs("We fine-tune Kite-7B on ProofQA.", names, "trainedOn") == {("Kite-7B", "ProofQA")}


# ---------------------------------------------------------------- "X has emerged as a ... framework for T"
def test_emerged_as_a_framework_for_a_task():
    names = {"Masked token models": "Method", "image synthesis": "Task", "Pruning": "Method",
             "model compression": "Task"}
    text = "Masked token models have emerged as a powerful framework for image synthesis, with parallel decoding."
    assert pairs(text, names) == {("Masked token models", "image synthesis")}
    text = "Pruning offers a promising avenue for model compression, yet it often hurts accuracy."
    assert pairs(text, names) == {("Pruning", "model compression")}


def test_a_framework_for_a_task_needs_the_method_as_subject():
    # near miss: "X has emerged as a challenge for T" names no way of doing T
    names = {"Pruning": "Method", "model compression": "Task"}
    text = "Pruning has emerged as a bottleneck for model compression pipelines at scale."
    assert pairs(text, names) == set()


def test_purpose_served_by_what_we_incorporate_or_a_named_framework():
    names = {"blur estimation": "Task", "edge-aware attention": "Method", "TideNet": "Method"}
    text = "To enhance blur estimation, we incorporate edge-aware attention around image edges."
    assert pairs(text, names) == {("edge-aware attention", "blur estimation")}
    text = "To enhance blur estimation, we propose a novel framework, TideNet, with two branches."
    assert pairs(text, names) == {("TideNet", "blur estimation")}
    text = "To enhance blur estimation, this paper proposes a network architecture called TideNet."
    assert pairs(text, names) == {("TideNet", "blur estimation")}
