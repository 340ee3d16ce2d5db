"""Rules added for descriptive noun phrases (issue #3): heads, modifiers, boundaries, contexts.

Every sentence here is written for the test (realistic abstract prose, not taken from
any annotated evaluation set).
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.phrases import find_phrases


def _mentions(text):
    return {(m.text, m.type) for m in extract_text(text).mentions}


# -- a Task name followed by an artefact head is a Method phrase ----------------------
def test_lexicon_task_plus_system_head_is_method():
    got = _mentions("We build a question answering system for clinical notes and an "
                    "information extraction pipeline for patents.")
    assert ("question answering system", "Method") in got
    assert ("information extraction pipeline", "Method") in got
    assert ("question answering", "Task") not in got


def test_lexicon_task_alone_stays_task():
    got = _mentions("We study question answering over tables.")
    assert ("question answering", "Task") in got


# -- lexicon types that follow the word lists -------------------------------------------
def test_task_names_typed_as_tasks():
    got = _mentions("Subword tokenization matters for statistical machine translation (SMT) of rare words.")
    assert ("tokenization", "Task") in got or ("Subword tokenization", "Task") in got
    assert ("statistical machine translation", "Task") in got
    assert ("SMT", "Task") in got


def test_lexicon_task_plus_generic_method_noun_stays_task():
    # "methods"/"models" after a known Task keep the Task link; only built artefacts turn it
    got = _mentions("Existing gait recognition methods ignore clothing changes.")
    assert ("gait recognition", "Task") in got


# -- heads -------------------------------------------------------------------------------
def _phrases(text):
    return {(text[c.start:c.end], c.type) for c in find_phrases(text)}


def test_language_tool_nouns_are_methods_alone():
    got = _phrases("The parser reads each sentence once, and a tagger assigns the labels.")
    assert ("parser", "Method") in got and ("tagger", "Method") in got
    # generic machine-learning nouns stay out on their own
    assert not any(p == "classifier" for p, _ in _phrases("The classifier is retrained weekly."))


def test_technique_heads():
    t = ("We combine a Laplace approximation with a discrete wavelet transform, majority voting "
         "and an object detector.")
    got = _phrases(t)
    assert ("Laplace approximation", "Method") in got
    assert ("discrete wavelet transform", "Method") in got
    assert ("majority voting", "Method") in got
    assert ("object detector", "Method") in got


def test_attention_as_interest_is_no_mechanism():
    t = ("Video generation has received considerable attention, and channel attention "
         "has drawn research attention too.")
    got = _phrases(t)
    assert ("channel attention", "Method") in got
    assert not any("considerable" in p or "research attention" in p for p, _ in got)


def test_give_and_correct_are_verbs():
    got = _phrases("We give sharp error bounds and correct errors in the labels.")
    assert not any(p.startswith(("give", "correct")) for p, _ in got)


def test_heads_that_need_a_technical_modifier():
    t = ("A Gaussian process prior and a gated recurrent unit describe the production process, "
         "while propositional units and the research field are plain nouns; a conditional "
         "random field and Neural Radiance Fields are methods.")
    got = {p for p, _ in _phrases(t)}
    assert "Gaussian process" in got and "gated recurrent unit" in got
    assert "conditional random field" in got and "Neural Radiance Fields" in got
    assert not any(p.endswith(("production process", "propositional units", "research field")) for p in got)


def test_training_regime_before_a_data_noun_is_a_modifier():
    got = _phrases("Adversarial training helps when labeled training data and the training time are limited.")
    assert ("Adversarial training", "Method") in got
    assert not any(p.endswith("training") and p != "Adversarial training" for p, _ in got)


def test_evaluative_adjectives_open_no_phrase():
    got = _phrases("We add a dedicated motion enhancement engine and a flexible content retriever.")
    assert ("motion enhancement engine", "Method") in got
    assert ("content retriever", "Method") in got


def test_more_verbs_and_evaluative_adjectives_open_no_phrase():
    t = ("Occlusions hinder feature aggregation, so we ensure consistent learning with an "
         "appropriate evaluation framework and a distinct attention mechanism.")
    got = {p for p, _ in _phrases(t)}
    assert "feature aggregation" in got
    assert "evaluation framework" in got
    assert not any(p.startswith(("hinder", "ensure", "appropriate", "distinct")) for p in got)


# -- context: "X task" ---------------------------------------------------------------
def test_unknown_acronym_before_task_is_a_task():
    got = _mentions("The recognizer was moved from the XYZ task to the harder QRS task.")
    assert ("XYZ task", "Task") in got and ("QRS task", "Task") in got


def test_known_name_before_tasks_keeps_its_type():
    got = _mentions("We report results on the GLUE tasks.")
    assert any(text.startswith("GLUE") and ty == "Benchmark" for text, ty in got)


def test_judgement_adjectives_and_task_verbs_open_no_task():
    t = ("We revisit 3D semantic segmentation, refine depth estimation and avoid suboptimal "
         "reconstruction; stronger motion control and the best published chunking results follow.")
    got = {p for p, _ in _phrases(t)}
    assert {"3D semantic segmentation", "depth estimation"} <= got
    assert "chunking" in got
    assert not any(p.startswith(("revisit", "refine", "suboptimal", "stronger", "published")) for p in got)


def test_generic_metric_modifiers():
    got = {p for p, _ in _phrases("The baseline score is low and spurious correlations remain.")}
    assert not got & {"baseline score", "spurious correlations"}


def test_one_word_tasks_head_phrases_and_stand_alone():
    got = _phrases("Chunking helps, and chunking performance improves with Hindi transliteration.")
    assert ("Chunking", "Task") in got
    assert ("Hindi transliteration", "Task") in got or ("transliteration", "Task") in got


def test_coreference_alone_is_a_modifier():
    assert not any(p == "coreference" for p, _ in _phrases("We annotate coreference chains in news."))


def test_plural_generic_heads_after_a_content_modifier():
    got = _phrases("Mesh-based approaches and rule-based frameworks are brittle.")
    assert ("Mesh-based approaches", "Method") in got and ("rule-based frameworks", "Method") in got


def test_state_of_the_art_is_no_modifier():
    got = _phrases("It beats a state of the art speech synthesis system and state-of-the art approaches.")
    assert ("speech synthesis system", "Method") in got
    assert not any(p.startswith("art") for p, _ in got)


def test_content_noun_modifier_makes_a_generic_head_specific():
    got = _phrases("A procedural dialog model and a two-stage alignment strategy, after model training.")
    assert ("dialog model", "Method") in got
    assert ("two-stage alignment strategy", "Method") in got
    assert not any(p == "model training" for p, _ in got)


# -- data names --------------------------------------------------------------------------
def test_title_case_data_names():
    got = _mentions("We collect the Street Sign Reading Corpus and compare with a parallel corpus.")
    assert ("Street Sign Reading Corpus", "Dataset") in got
    assert not any("parallel corpus" in text for text, _ in got)


def test_title_case_data_head_needs_two_name_words():
    assert not any(ty == "Dataset" for _, ty in _phrases("A Multimodal Dataset for Driving"))


def test_shape_name_before_data_or_capitalised_treebank():
    got = _mentions("Models trained on the XQZ-9 data, evaluated on the QuTe Treebank.")
    assert ("XQZ-9", "Dataset") in got
    assert any(text.startswith("QuTe") and ty == "Dataset" for text, ty in got)


# -- quality adjectives ------------------------------------------------------------------
def test_high_low_compounds_are_adjectives_not_metrics():
    got = _mentions("We study high-precision 3D reconstruction and low-accuracy regimes, reporting precision.")
    assert ("precision", "Metric") in got  # the metric on its own
    assert ("3D reconstruction", "Task") in got
    assert not any(text in ("high-precision", "accuracy") or text.startswith("high-") for text, _ in got)


def test_plural_errors_are_no_metric():
    got = _phrases("The tool fixes grammatical errors; its word error rate and the reported score improve.")
    assert ("word error rate", "Metric") in got
    assert not any(p in ("grammatical errors", "reported score") for p, _ in got)


def test_resolution_as_a_property_is_no_task():
    got = _phrases("Coreference resolution degrades at low temporal resolution and coarse spatial-spectral resolution.")
    assert ("Coreference resolution", "Task") in got
    assert not any(p.endswith(("temporal resolution", "spectral resolution")) for p, _ in got)


@pytest.mark.parametrize("sentence,junk", [
    ("Orca, a 13-billion parameter model, learns to imitate the reasoning process.", "13-billion parameter model"),
    ("Weak-to-strong learning leverages a less capable model to unlock latent abilities.", "capable model"),
    ("The former method suffers from an extremely long training time.", "former method"),
    ("We lift the requirements for high-quality training datasets.", "high-quality training"),
    ("Progressive distillation was proposed to speed up diffusion sampling to 2-8 steps.", "up diffusion sampling"),
])
def test_evaluative_and_size_words_open_no_phrase(sentence, junk):
    assert junk not in {m.text for m in extract_text(sentence).mentions}


def test_model_variant_after_on_stays_a_model():
    """'evaluated on X' types data, except a name ending in a model size word (ViT-Base)."""
    ms = {m.text: m.type for m in extract_text("We evaluated on ViT-Base and ViT-Large backbones.").mentions}
    assert ms.get("ViT-Base") == "Model" and ms.get("ViT-Large") == "Model"


def test_web_platforms_are_not_entities():
    ms = {m.text for m in extract_text("We evaluate on GitHub repositories and YouTube videos.").mentions}
    assert not ms & {"GitHub", "YouTube"}


@pytest.mark.parametrize("sentence,kind", [
    ("We construct UCCD, a large-scale UAV-based benchmark of aerial images.", "UAV-based"),
    ("Results on seven QA datasets such as TriviaQA improve.", "QA"),
])
def test_kind_of_data_before_a_data_head_is_no_dataset_name(sentence, kind):
    assert not [m for m in extract_text(sentence).mentions if m.text == kind and m.type in ("Dataset", "Benchmark")]


# -- sizes, superlatives and sentence-initial words are not names ----------------------
def test_model_sizes_are_not_kinds_of_model():
    got = {t for t, _ in _mentions("We train 30 billion parameter models, 8-billion-parameter models "
                                   "and sub-8B models, then distil into Qwen2.5-7B.")}
    assert got == {"Qwen2.5-7B"}


def test_superlative_and_evaluative_adjectives_open_no_phrase():
    got = _mentions("The strongest model and the dominant approach fail, while specialized "
                    "models show great generalization on MMLU.")
    assert got == {("MMLU", "Benchmark")}


def test_a_sentence_initial_word_before_a_data_head_is_no_dataset():
    got = _mentions("Existing datasets are small. All benchmarks saturate. We release CodeSeq, "
                    "a dataset of code edits, and MoRe, a benchmark.")
    assert not {t for t, _ in got} & {"Existing datasets", "All benchmarks", "Existing", "All"}
    assert "MoRe" in {t for t, _ in got}  # a coined name that spells a word stays


def test_a_data_head_after_a_known_method_names_a_dataset_of_it():
    got = _mentions("We construct a multimodal CoT dataset and a new RLHF corpus, "
                    "and evaluate on the GSM8K dataset.")
    assert ("CoT", "Method") in got and ("RLHF", "Method") in got
    assert not any(t.startswith(("CoT d", "RLHF c")) for t, _ in got)
    assert ("GSM8K dataset", "Benchmark") in got  # a data name keeps its head


def test_experiments_on_x_models_are_models_not_data():
    got = _mentions("We validate our approach through fine-tuning experiments on SD models.")
    assert ("SD", "Model") in got


def test_known_names_listed_in_parentheses_are_cited_not_defined():
    got = _mentions("We benchmark three transformer-based models (BERT, RoBERTa and XLNet) on GLUE.")
    assert ("BERT", "Model") in got
    assert not any("benchmark" in t for t, _ in got)  # no long form "benchmark three ... models"
    # a real definition, and one with a citation after the short form, still pair up
    assert ("Bidirectional Encoder Representations from Transformers", "Model") in _mentions(
        "Bidirectional Encoder Representations from Transformers (BERT) is strong.")
    assert ("Low-Rank Adaptation", "Method") in _mentions(
        "We fine-tune with Low-Rank Adaptation (LoRA, Hu et al., 2021).")


def test_kinds_of_metrics_and_model_quantities_are_no_metrics():
    from kg.extract import extract_text

    got = {(m.text, m.type) for m in extract_text(
        "We report fairness metrics and image quality metrics, inspect attention scores and confidence scores, "
        "and find spatial correlations. The Pearson correlation and the KL divergence rise, and the "
        "field mesh quality metric (FMQM) falls.").mentions}
    texts = {t for t, _ in got}
    assert not texts & {"fairness metrics", "image quality metrics", "attention scores", "confidence scores",
                        "spatial correlations"}, got
    assert {("Pearson correlation", "Metric"), ("FMQM", "Metric")} <= got, got


def test_something_lost_is_no_loss_function():
    from kg.extract import extract_text

    got = {m.text for m in extract_text("Pooling causes information loss and packet loss, so we add a contrastive "
                                        "loss and a mutual information loss.").mentions}
    assert not got & {"information loss", "packet loss"}, got
    assert {"contrastive loss", "mutual information loss"} <= got, got


def test_evaluative_adjectives_are_cut_from_tasks():
    found = dict(_mentions("The model shows exceptional generalization, consistent video generation and "
                      "explicit alignment, with aggressive compression."))
    assert found.get("video generation") == "Task"
    for phrase in ("exceptional generalization", "consistent video generation", "explicit alignment",
                   "aggressive compression"):
        assert phrase not in found


def test_a_task_with_a_technical_adjective_keeps_it():
    # near miss: "implicit" names a kind of task, not how well it is done
    found = dict(_mentions("We address implicit hate speech detection and image compression."))
    assert found.get("implicit hate speech detection") == "Task"
    assert found.get("image compression") == "Task"


def test_verbs_open_no_task():
    found = dict(_mentions("These rewards foster temporal reasoning and establish cross-modal alignment."))
    assert found.get("temporal reasoning") == "Task"
    assert found.get("cross-modal alignment") == "Task"
    assert not any(t.startswith(("foster", "establish")) for t in found)


def test_networks_of_roads_radios_and_people_are_no_methods():
    found = dict(_mentions("We route traffic in next-generation wireless networks and social networks "
                      "with graph neural networks."))
    assert "graph neural networks" in found
    assert not any("wireless" in t or "social" in t for t in found)


def test_more_verbs_open_no_phrase():
    found = dict(_mentions("Warm-up steps stabilize training; we automate privacy policy analysis and align "
                           "diffusion models."))
    assert found.get("privacy policy analysis") == "Task"
    assert found.get("diffusion models") == "Method"
    assert not any(t.startswith(("stabilize", "automate", "align ")) for t in found)
