"""Precision rules of the eleventh session, on invented sentences (mentions placed by hand).

Every sentence here is constructed for the test (none is quoted from an abstract or a gold
set); each blocking condition has a wrong case that must stay silent and a near miss that
must keep its relation.
"""

from __future__ import annotations

from test_relations_recall import pairs  # (same folder: pytest puts it on the path)


# ---------------------------------------------------------------- basedOn: the noun before the cue
def test_based_on_after_another_noun_phrase_gives_no_based_on():
    names = {"GridViT": "Model", "LoRA": "Method", "CropAtlas": "Method"}
    text = "We combine GridViT with LoRA and a novel cleanup pipeline based on the CropAtlas framework."
    assert pairs(text, names, "basedOn") == set()
    names = {"MoodNet": "Model", "Mixture of Experts": "Method"}
    text = "MoodNet incorporates a compact router based on the Mixture of Experts design."
    assert pairs(text, names, "basedOn") == set()
    names = {"FoldBERT": "Model", "chain-of-thought": "Method"}
    text = "FoldBERT models that engage in long chain-of-thought rarely beat the baseline."
    assert pairs(text, names, "basedOn") == set()


def test_based_on_right_after_an_apposition_or_copula_keeps_based_on():
    names = {"PaintSplat": "Method", "3D Gaussian Splatting": "Method"}
    text = ("We present PaintSplat, a new approach to stylize large indoor scenes with fine brush "
            "strokes based on 3D Gaussian Splatting.")
    assert pairs(text, names, "basedOn") == {("PaintSplat", "3D Gaussian Splatting")}
    text = "PaintSplat: Fast Scene Stylization Based on 3D Gaussian Splatting"
    assert pairs(text, names, "basedOn") == {("PaintSplat", "3D Gaussian Splatting")}
    text = "PaintSplat (PS) is mainly built on 3D Gaussian Splatting."
    assert pairs(text, names, "basedOn") == {("PaintSplat", "3D Gaussian Splatting")}
    text = "The PaintSplat framework for indoor scenes is based on 3D Gaussian Splatting."
    assert pairs(text, names, "basedOn") == {("PaintSplat", "3D Gaussian Splatting")}
    names = {"OrbitLM 2": "Model", "Qwen2.5": "Model"}
    assert pairs("OrbitLM 2 is built upon Qwen2.5.", names, "basedOn") == {("OrbitLM 2", "Qwen2.5")}
    names = {"Wave3D": "Method", "WaveNet": "Method"}
    assert pairs("We describe Wave3D as an extension of WaveNet.", names, "basedOn") == {("Wave3D", "WaveNet")}


def test_own_method_is_based_on_only_through_its_own_noun():
    names = {"TrailMix": "Method", "SoundBank": "Dataset", "ClipNet": "Model"}
    intro = "We propose TrailMix for audio tagging. "
    text = intro + "We also construct a tagging dataset derived from ClipNet outputs."
    assert pairs(text, names, "basedOn") == set()
    text = intro + "In contrast to earlier taggers, typically built on ClipNet, it needs no labels."
    assert pairs(text, names, "basedOn") == set()
    text = intro + "Additionally, we present a new loss function based on ClipNet."
    assert pairs(text, names, "basedOn") == set()


def test_own_method_named_by_its_kind_keeps_based_on():
    names = {"TrailMix": "Method", "ClipNet": "Model"}
    intro = "We propose TrailMix for audio tagging. "
    for second in ("Our approach is based on ClipNet.", "We extend ClipNet to long recordings.",
                   "To this end, we design a light tagging network based on ClipNet.",
                   "In this paper, based on ClipNet, we tag sounds without labels.",
                   "Our method handles long clips by extending ClipNet."):
        assert pairs(intro + second, names, "basedOn") == {("TrailMix", "ClipNet")}, second


# ---------------------------------------------------------------- basedOn: a comma closes the object
def test_comma_after_the_object_phrase_gives_no_based_on():
    names = {"memory retrieval": "Method", "EchoRec": "Method"}
    text = "Inspired by memory retrieval in humans that acts based on past events, EchoRec ranks items twice."
    assert pairs(text, names, "basedOn") == set()


def test_list_after_based_on_keeps_based_on():
    names = {"EchoRec": "Method", "BERT": "Model", "GRU": "Method"}
    assert pairs("EchoRec is based on BERT, GRU and a small cache.", names, "basedOn") == {
        ("EchoRec", "BERT"), ("EchoRec", "GRU")}


# ---------------------------------------------------------------- basedOn: "extended" as an adjective
def test_extended_after_a_preposition_or_conjunction_is_an_adjective():
    names = {"reinforcement learning": "Method", "chain-of-thought": "Method", "TinyMath": "Model"}
    text = "Reasoning improves with reinforcement learning and extended chain-of-thought traces."
    assert pairs(text, names, "basedOn") == set()
    text = "TinyMath scores well by generating extended chain-of-thought traces."
    assert pairs(text, names, "basedOn") == set()


def test_extended_after_an_auxiliary_or_adverb_is_a_verb():
    names = {"SegPro 2": "Model", "SegPro": "Model"}
    assert pairs("SegPro 2 has extended SegPro to videos.", names, "basedOn") == {("SegPro 2", "SegPro")}
    assert pairs("SegPro 2 successfully extended SegPro to videos.", names, "basedOn") == {("SegPro 2", "SegPro")}


# ---------------------------------------------------------------- usedFor: what is lacking is not used
def test_lacking_or_removed_method_is_not_used_for_the_task():
    names = {"VisionLMs": "Model", "explicit grounding modules": "Method", "pixel labelling": "Task"}
    text = "VisionLMs reason well but lack explicit grounding modules for pixel labelling."
    assert pairs(text, names) == set()
    names = {"depth networks": "Method", "CoarseFill": "Method", "scene completion": "Task"}
    text = "Without relying on additional depth networks, CoarseFill improves scene completion."
    assert ("depth networks", "scene completion") not in pairs(text, names)
    names = {"beam search": "Method", "NuDecode": "Method", "caption generation": "Task"}
    text = "NuDecode works by replacing conventional beam search for caption generation with sampling."
    assert ("beam search", "caption generation") not in pairs(text, names)


def test_method_named_near_a_lack_word_elsewhere_is_still_used():
    names = {"graph attention networks": "Method", "traffic forecasting": "Task"}
    text = "Despite the lack of labels, graph attention networks for traffic forecasting remain accurate."
    assert pairs(text, names) == {("graph attention networks", "traffic forecasting")}


# ---------------------------------------------------------------- comparisons: a comma closes an unnamed object
def test_name_after_an_unnamed_object_and_a_comma_is_no_object():
    names = {"QuickRank": "Method", "BM25": "Method", "rank fusion": "Method"}
    text = "Compared to classical retrievers, QuickRank gains four points while BM25 stays fast."
    assert pairs(text, names, "comparedWith") == set()
    text = "QuickRank outperforms prior rankers, showing the value of rank fusion."
    assert pairs(text, names, "outperforms") == set()
    text = "QuickRank outperforms prior rankers, a result that rank fusion alone never reached."
    assert pairs(text, names, "outperforms") == set()


def test_examples_appositions_and_adjectives_after_a_comma_stay_objects():
    names = {"QuickRank": "Method", "BM25": "Method", "ColBERT": "Model", "dense retrievers": "Method"}
    text = "QuickRank outperforms strong baselines, including the classic BM25."
    assert pairs(text, names, "outperforms") == {("QuickRank", "BM25")}
    text = "QuickRank outperforms the previous best system, ColBERT, on all splits."
    assert pairs(text, names, "outperforms") == {("QuickRank", "ColBERT")}
    text = "QuickRank performs comparably to much larger, general-purpose dense retrievers."
    assert pairs(text, names, "comparedWith") == {("QuickRank", "dense retrievers")}
    text = "Compared to BM25, QuickRank is slower."
    assert pairs(text, names, "comparedWith") == {("QuickRank", "BM25")}


# ---------------------------------------------------------------- usedFor: "integrate X into T"
def test_integrating_a_method_into_a_task_uses_it_for_the_task():
    names = {"graph transformers": "Method", "crop yield forecasting": "Task", "GT": "Method"}
    text = "We are the first to integrate pretrained graph transformers into crop yield forecasting pipelines."
    assert pairs(text, names) == {("graph transformers", "crop yield forecasting")}
    text = "This work incorporates graph transformers (GT) into the crop yield forecasting task."
    assert pairs(text, names) == {("graph transformers", "crop yield forecasting"), ("GT", "crop yield forecasting")}


def test_into_without_a_verb_of_putting_in_is_no_use():
    names = {"graph transformers": "Method", "crop yield forecasting": "Task"}
    text = "We turn graph transformers into crop yield forecasting baselines."
    assert pairs(text, names) == set()


# ---------------------------------------------------------------- usedFor: "T2I diffusion models"
def test_task_right_before_a_plural_kind_of_method_says_what_it_does():
    names = {"T2A": "Task", "flow models": "Method", "wound grading": "Task", "CNNs": "Method",
             "rule systems": "Method"}
    text = "Recent text-to-audio (T2A) flow models sound natural."
    assert pairs(text, names) == {("flow models", "T2A")}
    text = "We audit wound grading CNNs and rule systems on clinic photos."
    assert pairs(text, names) == {("CNNs", "wound grading")}


def test_capitalised_task_or_a_single_system_before_the_kind_is_no_use():
    names = {"Red Teaming": "Task", "Language Models": "Method", "wound grading": "Task",
             "attention network": "Method"}
    assert pairs("Red Teaming Language Models for Clinics", names) == set()
    text = "We propose the wound grading attention network with a light head."
    assert pairs(text, names) == set()


# ---------------------------------------------------------------- usedFor: "we evaluate X on T"
def test_method_evaluated_on_a_task_is_used_for_it():
    names = {"TinyTagger": "Method", "part-of-speech tagging": "Task", "chunking": "Task", "LLMs": "Method"}
    text = "We evaluate TinyTagger on part-of-speech tagging and chunking."
    assert pairs(text, names) == {("TinyTagger", "part-of-speech tagging"), ("TinyTagger", "chunking")}
    text = "We benchmark nine open LLMs on part-of-speech tagging in Welsh."
    assert pairs(text, names) == {("LLMs", "part-of-speech tagging")}
    text = "The performance of TinyTagger on chunking datasets is high."
    assert pairs(text, names) == {("TinyTagger", "chunking")}


def test_training_on_a_task_or_a_task_modifying_data_is_no_use():
    names = {"TinyTagger": "Method", "part-of-speech tagging": "Task", "supervised fine-tuning": "Method"}
    text = "We run supervised fine-tuning on part-of-speech tagging traces first."
    assert pairs(text, names) == set()
    text = "We evaluate TinyTagger on part-of-speech tagging models from six labs."
    assert pairs(text, names) == set()


# ---------------------------------------------------------------- usedFor: a rival beaten in a task
def test_rival_beaten_in_a_task_performs_the_task():
    names = {"TinyTagger": "Method", "CRF taggers": "Method", "named entity recognition": "Task"}
    text = "TinyTagger outperforms strong CRF taggers in named entity recognition."
    # since the sixteenth session the winner takes the task from the rival it beat
    assert ("TinyTagger", "named entity recognition") in pairs(text, names)
    assert ("CRF taggers", "named entity recognition") not in pairs(text, names)
    text = "TinyTagger still lags behind CRF taggers in named entity recognition."
    assert ("CRF taggers", "named entity recognition") in pairs(text, names)


def test_other_objects_before_in_a_task_stay_silent():
    names = {"TinyTagger": "Method", "CRF taggers": "Method", "named entity recognition": "Task"}
    text = "TinyTagger learns from CRF taggers in named entity recognition."
    assert ("CRF taggers", "named entity recognition") not in pairs(text, names)


# ---------------------------------------------------------------- usedFor: "combine T with X"
def test_task_combined_with_a_method_is_not_done_with_it():
    names = {"keyword extraction": "Task", "graph ranking": "Method"}
    text = "Our pipeline combines keyword extraction with graph ranking to build summaries."
    assert pairs(text, names) == set()
    text = "The integration of keyword extraction with graph ranking remains rare."
    assert pairs(text, names) == set()


def test_task_improved_with_a_method_is_done_with_it():
    names = {"Keyword Extraction": "Task", "Graph Ranking": "Method"}
    text = "Improving Keyword Extraction with Graph Ranking"
    assert pairs(text, names) == {("Graph Ranking", "Keyword Extraction")}
    names = {"keyword extraction": "Task", "graph ranking": "Method"}
    assert pairs("We perform keyword extraction with graph ranking.", names) == {("graph ranking", "keyword extraction")}


# ---------------------------------------------------------------- no relation heads on what is lacking
def test_method_named_as_missing_heads_no_relation():
    names = {"fine-tuning": "Method", "TinyTagger": "Method", "CoNLL-03": "Dataset", "BiLSTM": "Method"}
    text = "Without any fine-tuning, TinyTagger reaches 91% on CoNLL-03."
    assert ("fine-tuning", "CoNLL-03") not in pairs(text, names, "evaluatedOn")
    text = "Tagging without task-specific fine-tuning outperforms BiLSTM on CoNLL-03."
    assert pairs(text, {**names, "task-specific fine-tuning": "Method"}, "outperforms") == set()


# ---------------------------------------------------------------- trainedOn: the name before a training participle
def test_name_right_before_a_training_participle_was_trained():
    names = {"T5-small": "Model", "ToxiPairs": "Dataset", "TinyTagger": "Method"}
    text = "Baselines such as T5-small, fine-tuned on ToxiPairs, rewrite toxic posts well."
    assert pairs(text, names, "trainedOn") == {("T5-small", "ToxiPairs")}
    text = "A TinyTagger model was trained on a random 12.5% subset of ToxiPairs."
    assert pairs(text, names, "trainedOn") == {("TinyTagger", "ToxiPairs")}


def test_modifier_before_a_training_participle_was_not_trained():
    names = {"T5": "Model", "ToxiPairs": "Dataset"}
    text = "Baselines such as a T5-based rewriter, fine-tuned on ToxiPairs, rewrite toxic posts well."
    assert pairs(text, names, "trainedOn") == set()


# ---------------------------------------------------------------- "more than 20 X" is a count, not a comparison
def test_count_with_more_than_leaves_the_name_a_subject():
    names = {"MLLMs": "Method", "ChartQA": "Benchmark", "TinyTagger": "Method"}
    text = "We benchmark more than 20 open MLLMs on ChartQA."
    assert pairs(text, names, "evaluatedOn") == {("MLLMs", "ChartQA")}
    text = "TinyTagger scores higher than MLLMs on ChartQA."
    assert pairs(text, names, "outperforms") == {("TinyTagger", "MLLMs")}


# ---------------------------------------------------------------- evaluatedOn: "X ... in D" needs a test or result
def test_in_a_data_set_without_a_test_is_no_evaluation():
    names = {"TinyTagger": "Method", "NewsTags": "Dataset"}
    text = "TinyTagger finds many rare labels in NewsTags."
    assert pairs(text, names, "evaluatedOn") == set()


def test_in_a_data_set_with_a_result_is_an_evaluation():
    names = {"TinyTagger": "Method", "NewsTags": "Dataset"}
    text = "TinyTagger achieves the best F1 in NewsTags."
    assert pairs(text, names, "evaluatedOn") == {("TinyTagger", "NewsTags")}
