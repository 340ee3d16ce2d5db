"""Fourteenth session: entity boundaries and types read on real abstracts (invented sentences,
one error kind each)."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from test_entities_s13 import mention_types  # (same folder: pytest puts it on the path)


# --- a coined name whose first part is a capitalised word or acronym joined by a hyphen


@pytest.mark.parametrize("sentence, name", [
    ("Our model runs 2x faster than HK-PoseNet with competitive accuracy.", "HK-PoseNet"),
    ("We compare against Spark-FlowNet and report lower end-point error.", "Spark-FlowNet"),
    ("Extensive experiments on Derm-ClinEval show consistent gains.", "Derm-ClinEval"),
    ("Baselines include Chat-VideoGPT and two retrieval systems.", "Chat-VideoGPT"),
])
def test_a_hyphen_prefixed_mixed_case_name_is_one_mention(sentence, name):
    types = mention_types(sentence)
    assert name in types
    assert name.split("-", 1)[1] not in types


@pytest.mark.parametrize("sentence, name, part", [
    ("Existing long-CoT methods overthink easy questions.", "long-CoT", "CoT"),
    ("We study multi-LoRA composition for style transfer.", "multi-LoRA", "LoRA"),
])
def test_a_lowercase_prefix_leaves_the_known_name(sentence, name, part):
    types = mention_types(sentence)
    assert name not in types and part in types


def test_capitals_that_spell_letters_open_no_name():
    # "Object-CEntric Pretraining" spells the letters of its acronym: no "Object-CEntric" name
    types = mention_types("We propose Object-CEntric Pretraining, a self-distillation setup for training.")
    assert "Object-CEntric" not in types


def test_a_name_glued_to_a_bracket_leaves_no_prefix_behind():
    types = mention_types("We build on a multimodal diffusion transformer (MM-DiT)-based model for video.")
    assert "MM" not in types and "MM-" not in types


@pytest.mark.parametrize("sentence, name", [
    ("It gains 4.5% on the ground metric NTB-IoU over the previous best.", "NTB-IoU"),
    ("We validate Focus-IoU on a synthetic dataset with known biases.", "Focus-IoU"),
])
def test_a_mixed_case_metric_after_a_prefix_is_a_metric(sentence, name):
    assert mention_types(sentence).get(name) == "Metric"


@pytest.mark.parametrize("sentence, word", [
    ("We design a High-Accuracy detector for drones.", "High-Accuracy"),
    ("The CAV-MAE encoder is frozen during training.", "MAE"),
])
def test_a_word_or_acronym_metric_after_a_prefix_is_no_metric(sentence, word):
    types = mention_types(sentence)
    assert types.get(word) != "Metric" and types.get("CAV-MAE") != "Metric"


# --- letters the lexicon knows as a data set, which this paper spells out as something else


@pytest.mark.parametrize("sentence, long_form, short, typ", [
    # a technique's head
    ("Furthermore, we add Class-wise Distribution Regularization (CDR) to reduce the bias.",
     "Class-wise Distribution Regularization", "CDR", "Method"),
    # an appositive calls it a framework
    ("We propose Frequency Adaptation and Diversion (FAD), a framework for few-shot transfer.",
     "Frequency Adaptation and Diversion", "FAD", "Method"),
    # a built thing's head after the pair
    ("We also propose the Context-Aware Event Refinement (CAER) module to refine events.",
     "Context-Aware Event Refinement", "CAER", "Method"),
    # a task's head
    ("Relational Triple Extraction (RTE) is a core step of knowledge graph construction.",
     "Relational Triple Extraction", "RTE", "Task"),
])
def test_a_pair_spelling_known_data_letters_otherwise_takes_its_own_type(sentence, long_form, short, typ):
    types = mention_types(sentence)
    assert types.get(long_form) == typ and types.get(short) == typ


@pytest.mark.parametrize("sentence, short", [
    ("We report results on the Human Connectome Project (HCP) dataset.", "HCP"),
    ("We introduce BASIR (Budget-Assisted Sectoral Impact Ranking), an annotated dataset of budget texts.", "BASIR"),
    ("The scope of the International Workshop on Spoken Language Translation (IWSLT) has broadened.", "IWSLT"),
])
def test_a_pair_that_still_names_the_data_keeps_it(sentence, short):
    assert mention_types(sentence).get(short) in ("Dataset", "Benchmark")


# --- a long form written again without its short form is the pair's entity


def entity_ids(text, surface):
    """The entity ids of the mentions of ``surface`` in ``text``."""
    return {m.entity_id for m in extract_text(text).mentions if m.text.lower() == surface.lower()}


@pytest.mark.parametrize("text, long_form, short", [
    ("Pruning Spiking Gate Networks for edge devices\n\nSpiking gate networks (SGNs) are efficient. "
     "We prune Spiking Gate Networks with a new rule.", "Spiking Gate Networks", "SGNs"),
    ("Open set recognition (OSR) asks a model to reject unknown classes. We study open set recognition "
     "on three benchmarks.", "open set recognition", "OSR"),
])
def test_a_long_form_spelled_again_joins_its_pair(text, long_form, short):
    assert entity_ids(text, long_form) == entity_ids(text, short)
    assert len(entity_ids(text, long_form)) == 1


def test_a_long_form_of_another_type_stays_apart():
    # the pair is a Task ("a new task"), the later phrase a Method by its head: two things
    text = ("We define Gaze Target Networks (GTN), a new task that asks where people look. "
            "Existing Gaze Target Networks fail on crowds.")
    ms = [m for m in extract_text(text).mentions if m.text == "Gaze Target Networks"]
    assert [m.type for m in ms] == ["Task", "Method"]
    assert ms[0].entity_id != ms[1].entity_id


# --- coined names in a list of metrics are metrics


@pytest.mark.parametrize("sentence, names", [
    ("We evaluate with standard metrics such as FID, ZapIQA, and MUSIQ.", ["ZapIQA", "MUSIQ"]),
    ("Quality is reported with metrics, including PSNR, SSIM, NIQE and SUVpeak.", ["NIQE", "SUVpeak"]),
    ("The method improves the CLIP-I and FOO-I metrics by 21.7% on average.", ["FOO-I"]),
])
def test_a_name_in_a_list_of_metrics_is_a_metric(sentence, names):
    types = mention_types(sentence)
    assert all(types.get(n) == "Metric" for n in names), types


def test_a_name_before_the_verb_measures_is_no_metric():
    types = mention_types("We add two protocols: M3D-Synergy tests fusion, and M3D-Invariant measures robustness.")
    assert types.get("M3D-Invariant") != "Metric"


# --- the words before a shortest S&H match that spell the short form are its long form


@pytest.mark.parametrize("sentence, long_form, short", [
    ("Inspired by painters, we propose canvas perspective composition (CPC), beyond cropping.",
     "canvas perspective composition", "CPC"),
    ("We adopt Test Time Augmentation (TTA) at inference.", "Test Time Augmentation", "TTA"),
])
def test_a_long_form_takes_the_words_that_spell_its_letters(sentence, long_form, short):
    types = mention_types(sentence)
    assert long_form in types and short in types


def test_a_hyphenated_long_form_counts_its_parts():
    # "Test-Time Augmentation" already spells TTA: "Two" before it is no part of it
    types = mention_types("Results with Two Test-Time Augmentation (TTA) passes improve.")
    assert "Test-Time Augmentation" in types and "Two Test-Time Augmentation" not in types


# --- a Title-Case task pair that opens an abstract's sentence and is defined there is a Task


@pytest.mark.parametrize("text, long_form, short", [
    ("FooNet: Fast Parsing of Sea Charts\n\nMarine Chart Segmentation (MCS) plays a pivotal role in navigation.",
     "Marine Chart Segmentation", "MCS"),
    ("Survey\n\nFacial Wrinkle Enhancement (FWE) aims to improve facial images by adjusting the structure.",
     "Facial Wrinkle Enhancement", "FWE"),
    ("Survey\n\nUnstructured Fact Editing (UFE) is crucial for updating the knowledge of language models.",
     "Unstructured Fact Editing", "UFE"),
])
def test_a_task_defined_at_a_sentence_start_is_a_task(text, long_form, short):
    types = mention_types(text)
    assert types.get(long_form) == "Task" and types.get(short) == "Task"


def test_a_known_method_ending_the_defined_pair_keeps_it_a_method():
    types = mention_types("A Survey of Sparse Retrieval Augmented Generation\n\n"
                          "Sparse Retrieval Augmented Generation (SparseRAG) has garnered increasing attention.")
    assert types.get("SparseRAG") == "Method"


# --- the abstract's first word may open a phrase, as any sentence's first word does


@pytest.mark.parametrize("text, phrase", [
    ("FooNet: Fast Cloud Masks\n\nDual-camera super-resolution is practical for phones.", "Dual-camera super-resolution"),
    ("BarSeg: Segmenting Sea Charts\n\nPalm vein recognition is a reliable biometric.", "Palm vein recognition"),
])
def test_the_first_word_after_the_title_joins_a_phrase(text, phrase):
    types = mention_types(text)
    assert phrase in types
    assert phrase.split(" ", 1)[1] not in types


def test_the_first_word_after_the_title_is_still_cut_when_it_is_a_verb():
    types = mention_types("FooNet: Fast Cloud Masks\n\nTraining diffusion models is costly.")
    assert "diffusion models" in types and "Training diffusion models" not in types


@pytest.mark.parametrize("sentence, short, typ", [
    ("We study Sparse Retrieval-Augmented Generation (SparseRAG) in this work.", "SparseRAG", "Method"),
    ("We study Kernel Principal Component Analysis (KPCA) in this work.", "KPCA", "Method"),
    # a head that weighs its modifiers keeps the task they make
    ("We study Continual Test-Time Adaptation (CTTA) in this work.", "CTTA", "Task"),
])
def test_a_task_phrase_ending_in_a_known_method_names_a_kind_of_it(sentence, short, typ):
    assert mention_types(sentence).get(short) == typ


# --- longer coined short forms, and pairs named benchmarks


@pytest.mark.parametrize("sentence, long_form, short", [
    ("In this paper, we propose Entropy-based Search Depth Induction (Entro-induction), a new method.",
     "Entropy-based Search Depth Induction", "Entro-induction"),
    ("We add a Channel-Frugal Attention (CF-Attention) block to the encoder.", "Channel-Frugal Attention", "CF-Attention"),
])
def test_a_long_coined_short_form_makes_a_pair(sentence, long_form, short):
    ms = [m for m in extract_text(sentence).mentions if m.text in (long_form, short)]
    assert {m.text for m in ms} == {long_form, short}
    assert len({m.entity_id for m in ms}) == 1


def test_a_short_form_with_a_space_stays_within_ten_characters():
    types = mention_types("We build on Federated Retrieval-Augmented Generation (Federated RAG) for clinics.")
    assert "Federated RAG" not in types


def test_a_pair_whose_long_form_ends_in_benchmark_is_a_benchmark():
    types = mention_types("We introduce the Writing Fluency Benchmark (WFB) to evaluate LLMs on essays.")
    assert types.get("WFB") == "Benchmark" and types.get("Writing Fluency Benchmark") == "Benchmark"
