"""Relation quality, sixteenth session: the winner of a contest held in a task is used for the task
even when it stands far from the win verb, and the rival it beat loses its "X in T" credit;
"unable / struggle to outperform" states no win ("not only outperforms" does); a platform, arena or
game made to evaluate models is a benchmark that tests them; the "(ABBR)" of a proposed variant
that is linked to the known base ("dynamic Retrieval-Augmented Generation (RAG)") is not proposed;
the class a winner ranks "among", what it goes "beyond" and what it runs "using" are no subjects;
a task after a closing ", enabling" is what the sentence's subject is for (``x_enabling_task``);
named rivals coordinated after an unnamed kind of rivals ("previous models and general MLLMs") are beaten;
the winner over a class of rivals in a task is found as the win verb's subject ("our method", a name
before an adverb or a result clause); the named examples of the tasks a method works in ("performs
well in many tasks including T") are tasks it is used for (``x_tasks_such_as``); a year the mention
left out ("ISIC 2016, PH2") does not break a list; "on benchmark datasets (e.g., D1, D2)" tests on them; "our proposed tracker" and a clause that opens
with "This approach / The framework" stand for the paper's proposal.

Every sentence here is invented for the test (none is quoted from an abstract or a gold set);
each rule has a case that must fire and a near miss that must stay silent.
"""

from __future__ import annotations

from dataclasses import replace

from test_relations import make_doc
from test_relations_recall import pairs, rels

from kg.extract.relations import extract_relations


# ---------------------------------------------------------------- a winner far from the win verb
def test_a_winner_before_a_long_predicate_is_used_for_the_task():
    names = {"FlowTok": "Model", "VidMAE": "Model", "video retrieval": "Task"}
    text = "FlowTok is the first compact tokenizer to consistently outperform VidMAE across diverse video retrieval tasks."
    assert ("FlowTok", "video retrieval") in pairs(text, names, "usedFor")


def test_a_winner_before_a_participle_with_a_margin_is_used_for_the_task():
    names = {"ArmPlan": "Model", "VLA": "Method", "bimanual manipulation": "Task"}
    text = ("Experiments show that ArmPlan reaches strong results, outperforming the strongest VLA model "
            "by 12% in bimanual manipulation tasks.")
    assert ("ArmPlan", "bimanual manipulation") in pairs(text, names, "usedFor")


def test_the_tasks_listed_after_the_rival_all_go_to_the_winner():
    names = {"GeoTiny": "Model", "remote sensing models": "Method", "scene classification": "Task",
             "change detection": "Task"}
    text = ("GeoTiny matches or surpasses the accuracy of recent large remote sensing models across scene "
            "classification and change detection.")
    got = pairs(text, names, "usedFor")
    assert {("GeoTiny", "scene classification"), ("GeoTiny", "change detection")} <= got


def test_a_free_clause_between_the_rival_and_the_task_credits_no_winner():
    names = {"FlowTok": "Model", "VidMAE": "Model", "video retrieval": "Task"}
    text = "FlowTok outperforms VidMAE when both are trained on short clips, and we study video retrieval next."
    assert ("FlowTok", "video retrieval") not in pairs(text, names, "usedFor")


def test_a_parity_claim_credits_no_winner_with_the_task():
    names = {"FlowTok": "Model", "VidMAE": "Model", "video retrieval": "Task"}
    text = "FlowTok, a compact tokenizer, performs comparably to VidMAE in video retrieval."
    assert ("FlowTok", "video retrieval") not in pairs(text, names, "usedFor")


# ---------------------------------------------------------------- the beaten rival
def test_a_beaten_rival_is_not_credited_with_the_task():
    names = {"MiniIE": "Model", "GPT-Big": "Model", "information extraction": "Task"}
    text = "Our results show that MiniIE outperforms GPT-Big in information extraction."
    got = pairs(text, names, "usedFor")
    assert ("MiniIE", "information extraction") in got
    assert ("GPT-Big", "information extraction") not in got


def test_every_rival_of_a_list_loses_the_task_to_the_winner():
    names = {"DataSift": "Method", "CleanNet": "Method", "FilterLM": "Method", "image captioning": "Task"}
    text = "DataSift clearly outperforms CleanNet and FilterLM in image captioning."
    got = pairs(text, names, "usedFor")
    assert ("DataSift", "image captioning") in got
    assert not {("CleanNet", "image captioning"), ("FilterLM", "image captioning")} & got


def test_a_method_in_a_task_with_no_winner_keeps_its_credit():
    names = {"Data augmentation": "Method", "class-incremental learning": "Task"}
    text = "Data augmentation in class-incremental learning remains poorly understood."
    assert ("Data augmentation", "class-incremental learning") in pairs(text, names, "usedFor")


# ---------------------------------------------------------------- a failed attempt is no win
def test_unable_to_outperform_states_no_win():
    names = {"SegAny": "Model", "3D U-Net": "Model"}
    text = "Despite its generality, SegAny was unable to outperform a plain 3D U-Net on knee MRI."
    assert ("SegAny", "3D U-Net") not in pairs(text, names, "outperforms")


def test_struggle_to_outperform_states_no_win():
    names = {"LLM agents": "Method", "logistic regression": "Method"}
    text = "We find that LLM agents struggle to outperform logistic regression baselines on patent grading."
    assert not rels(text, names, "outperforms")


def test_not_only_is_no_negation():
    names = {"GistMem": "Method", "compression paradigm": "Method", "context restoration": "Task"}
    text = ("GistMem not only significantly outperforms the traditional compression paradigm in context "
            "restoration but also converges faster.")
    assert ("GistMem", "compression paradigm") in pairs(text, names, "outperforms")
    assert ("GistMem", "context restoration") in pairs(text, names, "usedFor")


def test_a_plain_win_still_counts():
    names = {"LLM agents": "Method", "logistic regression": "Method"}
    text = "We find that LLM agents clearly outperform logistic regression baselines on patent grading."
    assert ("LLM agents", "logistic regression") in pairs(text, names, "outperforms")


# ---------------------------------------------------------------- benchmarks that are run, not read
def test_an_arena_for_evaluating_models_tests_them():
    names = {"QuizArena": "Benchmark", "LLM agents": "Method"}
    text = "We present QuizArena, an open arena for evaluating LLM agents in multi-turn games."
    assert ("LLM agents", "QuizArena") in pairs(text, names, "evaluatedOn")


def test_a_platform_designed_to_evaluate_models_tests_them():
    names = {"RoboGym-X": "Benchmark", "VLA models": "Method"}
    text = "RoboGym-X, a modular simulation platform designed to evaluate VLA models, is released with code."
    assert ("VLA models", "RoboGym-X") in pairs(text, names, "evaluatedOn")


def test_a_platform_with_no_purpose_of_testing_tests_nothing():
    names = {"RoboGym-X": "Benchmark", "VLA models": "Method"}
    text = "RoboGym-X, a modular simulation platform for training VLA models, is released with code."
    assert not rels(text, names, "evaluatedOn")


# ---------------------------------------------------------------- the acronym of a known base
def _proposed(text: str, names: dict[str, str], linked: dict[str, tuple[str, str, str]]) -> set[str]:
    """The proposed mention texts; ``linked`` gives some surfaces (entity_id, label, source) as the
    entity linker would: an acronym resolved to a known entity."""
    doc = make_doc(text, names)
    doc.mentions[:] = [replace(m, entity_id=linked[m.text][0], label=linked[m.text][1], source=linked[m.text][2])
                       if m.text in linked else m for m in doc.mentions]
    return {doc.mentions[r.tail].text for r in extract_relations(doc)[0] if r.predicate == "proposes"}


def test_the_acronym_of_the_base_of_a_proposed_variant_is_not_proposed():
    names = {"adaptive Retrieval-Augmented Generation": "Method", "RAG": "Method"}
    linked = {"RAG": ("rag", "retrieval-augmented generation", "lexicon")}
    text = "In this paper, we propose an adaptive Retrieval-Augmented Generation (RAG) pipeline for clinical notes."
    assert _proposed(text, names, linked) == {"adaptive Retrieval-Augmented Generation"}


def test_a_known_acronym_of_the_last_words_is_not_proposed():
    names = {"layered Direct Preference Optimization": "Method", "DPO": "Method"}
    linked = {"DPO": ("dpo", "DPO", "lexicon")}
    text = "We introduce layered Direct Preference Optimization (DPO) for multi-turn dialogue agents."
    assert _proposed(text, names, linked) == {"layered Direct Preference Optimization"}


def test_the_acronym_of_a_whole_new_name_is_proposed():
    names = {"Temporal Coherence Loss": "Method", "TCL": "Method"}
    linked = {"TCL": ("tcl", "TCL", "abbrev:short")}
    text = "We propose a Temporal Coherence Loss (TCL) that keeps motion smooth."
    assert _proposed(text, names, linked) == {"Temporal Coherence Loss", "TCL"}


def test_a_new_acronym_for_a_longer_name_is_proposed():
    names = {"Sparse Token Merging": "Method", "STM": "Method"}
    linked = {"STM": ("stm", "STM", "abbrev:short")}
    text = "We propose Sparse Token Merging (STM), a plug-in for vision transformers."
    assert _proposed(text, names, linked) == {"Sparse Token Merging", "STM"}


# ---------------------------------------------------------------- rivals and tools are no subjects
def test_the_class_a_winner_ranks_among_is_not_the_tested_system():
    names = {"FlowNova": "Method", "unsupervised methods": "Method", "MVSEC": "Dataset"}
    text = "Remarkably, FlowNova ranks first among unsupervised methods on the MVSEC dataset."
    got = pairs(text, names, "evaluatedOn")
    assert got == {("FlowNova", "MVSEC")}


def test_state_of_the_art_among_a_class_credits_the_winner():
    names = {"PixMoE": "Method", "diffusion models": "Method", "ImageNet": "Dataset"}
    text = "PixMoE achieves state-of-the-art performance among diffusion models on ImageNet."
    assert pairs(text, names, "evaluatedOn") == {("PixMoE", "ImageNet")}


def test_among_without_a_ranking_keeps_its_subject():
    names = {"Multiple LLMs": "Method", "medical question answering": "Task"}
    text = "Collaboration among Multiple LLMs for medical question answering."
    assert ("Multiple LLMs", "medical question answering") in pairs(text, names, "usedFor")


def test_what_a_winner_goes_beyond_is_no_subject():
    names = {"LinAttn": "Method", "softmax attention": "Method", "Mamba": "Model"}
    text = ("Results show that LinAttn is a scalable alternative beyond softmax attention, "
            "outperforming recent vision Mamba models.")
    got = pairs(text, names, "outperforms")
    assert ("LinAttn", "Mamba") in got
    assert ("softmax attention", "Mamba") not in got


def test_what_a_system_runs_using_between_commas_is_no_tested_system():
    names = {"GridNet": "Method", "VLM": "Method", "LLaVA-7B": "Model", "LLM": "Method", "Llama-8B": "Model",
             "NExT-QA": "Dataset"}
    text = ("Results show that GridNet, using the open VLM (LLaVA-7B) and LLM (Llama-8B), outperforms prior "
            "methods on NExT-QA.")
    assert pairs(text, names, "evaluatedOn") == {("GridNet", "NExT-QA")}


# ---------------------------------------------------------------- ", enabling T"
def test_the_subject_that_opens_the_sentence_enables_the_task():
    names = {"TokDiv": "Method", "distribution alignment": "Task"}
    text = "TokDiv dynamically reweights the divergence for each token, enabling precise distribution alignment."
    assert pairs(text, names, "usedFor") == {("TokDiv", "distribution alignment")}


def test_the_proposed_name_enables_the_task():
    names = {"GroundSplat": "Method", "LVLM": "Method", "open-vocabulary 3D grounding": "Task"}
    text = ("In this work, we propose GroundSplat, an LVLM-guided framework that groups 3D Gaussians by "
            "physical scale, enabling open-vocabulary 3D grounding.")
    got = pairs(text, names, "usedFor")
    assert ("GroundSplat", "open-vocabulary 3D grounding") in got
    assert ("LVLM", "open-vocabulary 3D grounding") not in got


def test_a_part_named_inside_the_clause_is_not_credited():
    names = {"pre-encoder": "Method", "frozen encoder": "Method", "cross-view feature modeling": "Task"}
    text = ("In our design, a pre-encoder is added before the frozen encoder, enabling stable cross-view "
            "feature modeling.")
    assert not pairs(text, names, "usedFor")


def test_a_subject_before_a_semicolon_does_not_reach_the_task():
    names = {"DarkNet-E": "Method", "WaveFE": "Method", "denoising": "Task"}
    text = ("DarkNet-E brightens dark regions; the module then applies wavelet transforms, enabling "
            "effective denoising.")
    assert ("DarkNet-E", "denoising") not in pairs(text, names, "usedFor")


# ---------------------------------------------------------------- "previous models and general MLLMs"
def test_named_rivals_after_an_unnamed_kind_are_beaten():
    names = {"SpoofGuard": "Model", "MLLMs": "Method"}
    text = ("Experiments show that SpoofGuard significantly outperforms previous deep learning models and "
            "general MLLMs on four anti-spoofing tasks.")
    assert pairs(text, names, "outperforms") == {("SpoofGuard", "MLLMs")}


def test_a_verb_after_the_conjunction_ends_the_rivals():
    names = {"SpoofGuard": "Model", "MLLMs": "Method"}
    text = "SpoofGuard outperforms previous baselines and improves MLLMs on four anti-spoofing tasks."
    assert not pairs(text, names, "outperforms")


# ---------------------------------------------------------------- a winner over a class, not adjacent
def test_our_method_beating_a_class_in_a_task_credits_the_proposal():
    names = {"FuseNet-X": "Method", "CLIP": "Model", "infrared and visible image fusion": "Task"}
    text = ("We propose FuseNet-X, a dual-branch network. Built on CLIP, our method significantly surpasses "
            "state-of-the-art methods in infrared and visible image fusion.")
    assert ("FuseNet-X", "infrared and visible image fusion") in pairs(text, names, "usedFor")


def test_our_method_in_a_sentence_with_no_named_method_credits_the_proposal():
    names = {"FuseNet-X": "Method", "infrared and visible image fusion": "Task"}
    text = ("We propose FuseNet-X, a dual-branch network. Extensive experiments on three datasets prove that "
            "our method significantly surpasses state-of-the-art methods in infrared and visible image fusion.")
    assert ("FuseNet-X", "infrared and visible image fusion") in pairs(text, names, "usedFor")


def test_a_sentence_with_no_method_and_no_proposal_gives_nothing():
    names = {"infrared and visible image fusion": "Task"}
    text = "Our method significantly surpasses state-of-the-art methods in infrared and visible image fusion."
    assert not rels(text, names, "usedFor")


def test_a_winner_before_an_adverb_beating_baselines_in_a_task():
    names = {"DeepStream": "Model", "text-to-image generation": "Task"}
    text = "DeepStream also outperforms baselines in text-to-image generation tasks, as shown on two benchmarks."
    assert ("DeepStream", "text-to-image generation") in pairs(text, names, "usedFor")


def test_a_result_clause_subject_wins_after_a_closing_participle():
    names = {"AnomR1": "Model", "video anomaly detection": "Task"}
    text = ("Results demonstrate that AnomR1 achieves superior performance, outperforming open-source "
            "and proprietary models in video anomaly detection.")
    assert ("AnomR1", "video anomaly detection") in pairs(text, names, "usedFor")


def test_the_object_of_the_clause_does_not_win_after_a_closing_participle():
    names = {"neural radiance fields": "Method", "object synthesis": "Task"}
    text = ("The model can produce high-quality neural radiance fields for real-time rendering, "
            "outperforming state-of-the-art methods in object synthesis.")
    assert not pairs(text, names, "usedFor")


def test_a_task_describing_the_rivals_models_is_no_contest():
    names = {"JailPrompt": "Method", "T2I": "Task"}
    text = "JailPrompt consistently outperforms state-of-the-art jailbreak attacks across various T2I models."
    assert ("JailPrompt", "T2I") not in pairs(text, names, "usedFor")


# ---------------------------------------------------------------- "in many tasks, including T"
def test_the_named_examples_of_the_tasks_a_method_works_in():
    names = {"SegCLIP-X": "Model", "image-text retrieval": "Task", "image segmentation": "Task"}
    text = ("Experiments show that SegCLIP-X performs well in many downstream tasks including image-text "
            "retrieval and image segmentation.")
    assert {("SegCLIP-X", "image-text retrieval"), ("SegCLIP-X", "image segmentation")} <= pairs(text, names)


def test_a_method_validated_on_tasks_such_as():
    names = {"BlindIR": "Method", "JPEG artifact removal": "Task"}
    text = "We validate BlindIR on various degradation-blind restoration tasks, such as JPEG artifact removal."
    assert ("BlindIR", "JPEG artifact removal") in pairs(text, names)


def test_a_generic_technique_gets_no_task_from_examples():
    names = {"Fine-tuning": "Method", "adverse event prediction": "Task"}
    text = "Fine-tuning our models on therapeutic downstream tasks, such as adverse event prediction, needs little data."
    doc = make_doc(text, names)
    doc.mentions[:] = [replace(m, entity_id="fine-tuning", label="fine-tuning", source="lexicon")
                       if m.text == "Fine-tuning" else m for m in doc.mentions]
    assert not [r for r in extract_relations(doc)[0] if r.predicate == "usedFor"]


def test_a_beaten_rival_passes_the_examples_to_the_winner():
    names = {"SpoofGuard": "Model", "MLLMs": "Method", "coarse-grained classification": "Task"}
    text = ("Experiments show that SpoofGuard significantly outperforms previous deep learning models and "
            "general MLLMs on four anti-spoofing tasks, i.e., coarse-grained classification and reasoning.")
    got = pairs(text, names)
    assert ("MLLMs", "coarse-grained classification") not in got
    assert ("SpoofGuard", "coarse-grained classification") in got


# ---------------------------------------------------------------- a year left out of a list item
def test_a_year_the_mention_left_out_does_not_break_a_list():
    names = {"SegTO": "Method", "ISIC": "Dataset", "PH2": "Dataset", "BTCV": "Dataset"}
    text = "We validate SegTO on three datasets, namely ISIC 2016, PH2 and BTCV."
    assert {("SegTO", "ISIC"), ("SegTO", "PH2"), ("SegTO", "BTCV")} <= pairs(text, names, "evaluatedOn")



# ---------------------------------------------------------------- "on benchmark datasets (e.g., D1, D2)"
def test_examples_in_brackets_after_an_on_phrase_are_tested():
    names = {"SegX": "Method", "COCO": "Dataset", "Cityscapes": "Dataset"}
    text = "Experimental results on benchmark datasets (e.g., COCO, Cityscapes) demonstrate that SegX outperforms prior work."
    assert pairs(text, names, "evaluatedOn") == {("SegX", "COCO"), ("SegX", "Cityscapes")}


def test_i_e_in_brackets_after_an_across_phrase():
    names = {"BiMatch": "Method", "MSR-VTT": "Dataset", "DiDeMo": "Dataset"}
    text = "Experiments across two retrieval benchmarks (i.e., MSR-VTT and DiDeMo) show the strength of BiMatch."
    assert {("BiMatch", "MSR-VTT"), ("BiMatch", "DiDeMo")} <= pairs(text, names, "evaluatedOn")


# ---------------------------------------------------------------- "our proposed tracker"
def test_our_proposed_tracker_stands_for_the_proposal():
    names = {"ThermTrack": "Method", "VOT-TIR": "Benchmark"}
    text = ("We propose ThermTrack, a thermal infrared tracker. Experiments demonstrate that our proposed "
            "tracker achieves the highest accuracy, scoring 0.81 on the VOT-TIR benchmark.")
    assert ("ThermTrack", "VOT-TIR") in pairs(text, names, "evaluatedOn")


def test_a_clause_opening_with_this_approach_stands_for_the_proposal():
    names = {"GuideFB": "Method", "ImageNet-512": "Dataset", "Classifier-Free Guidance": "Method"}
    text = ("We propose GuideFB, a feedback guidance for diffusion models. The approach is benchmarked on "
            "ImageNet-512, where it significantly outperforms Classifier-Free Guidance.")
    assert ("GuideFB", "ImageNet-512") in pairs(text, names, "evaluatedOn")
    assert ("GuideFB", "Classifier-Free Guidance") in pairs(text, names, "outperforms")


def test_the_approach_in_mid_clause_does_not_stand_for_the_proposal():
    names = {"GuideFB": "Method", "ImageNet-512": "Dataset"}
    text = ("We propose GuideFB, a feedback guidance for diffusion models. Prior work shows that the approach "
            "of scaling guidance fails on ImageNet-512.")
    assert ("GuideFB", "ImageNet-512") not in pairs(text, names, "evaluatedOn")
