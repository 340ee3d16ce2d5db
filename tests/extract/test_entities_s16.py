"""Entity round of the sixteenth session: names read on real abstracts of the golden slice.

Sentences are written for these tests in the style of arXiv abstracts (no eval sentence);
names are invented where the rule must not lean on the lexicon.
"""
import pytest

from kg.extract import extract_text
from kg.extract.patterns import find_patterns
from tests.extract.test_entities_s13 import mention_types


# --- a coined name written with a LaTeX superscript count is one name


@pytest.mark.parametrize("sentence, name, typ", [
    (r"We propose Q$^3$Tune, a tuning framework for segmentation models.", "Q$^3$Tune", "Method"),
    (r"Experiments show that K$^2$ZFND outperforms existing methods on two data sets.", "K$^2$ZFND", "Method"),
    (r"We evaluate popular detectors on G$^3$Set, revealing substantial challenges.", "G$^3$Set", "Dataset"),
    (r"To bridge this gap, we introduce W$^2$X-Bench, a benchmark for robustness.", "W$^2$X-Bench", "Benchmark"),
    (r"Results show that ViQ$^{2}$-CLIP achieves state-of-the-art performance.", "ViQ$^{2}$-CLIP", "Method"),
    (r"We introduce VLM-Z$^3$, which decides when more visual evidence is needed.", "VLM-Z$^3$", "Model"),
])
def test_a_superscript_count_inside_a_name_keeps_the_name_whole(sentence, name, typ):
    types = mention_types(sentence)
    assert types.get(name) == typ
    # no fragment of the name ("^2$ZFND", "X-Bench", "Q$^3") is a mention of its own
    assert not any(text != name and (text in name or name in text) for text in types)


def test_a_superscript_name_that_starts_with_task_letters_is_no_task():
    # "MT" is machine translation; with its count it is the paper's coined method
    assert mention_types(r"MT$^{3}$ adopts a multi-task optimization paradigm for translation.")["MT$^{3}$"] == "Method"


@pytest.mark.parametrize("text", [
    r"The sensor covers 1,240 km$^2$ at 35 pts/m$^2$.",  # units
    r"The problem is expressible in the circuit complexity class TC$^0$.",  # a count of 0: a class
    r"The isotope $^{18}$F is used as a tracer.",  # no letters before the count
])
def test_units_and_formulas_with_superscripts_are_no_names(text):
    assert not any("$" in text[c.start:c.end] for c in find_patterns(text))


def test_a_superscript_name_is_proposed_and_evaluated():
    text = (r"P$^3$Net: Efficient Networks" "\n\n"
            r"We propose P$^3$Net, a novel network for image classification. P$^3$Net outperforms ResNet on ImageNet.")
    ex = extract_text(text)
    names = {(ex.mentions[r.head].text if r.head is not None else None,
              ex.mentions[r.tail].text if r.tail is not None else None, r.predicate) for r in ex.relations}
    assert (None, "P$^3$Net", "proposes") in names
    assert ("P$^3$Net", "ImageNet", "evaluatedOn") in names


# --- a release's variant word after a model's name is part of the name


@pytest.mark.parametrize("sentence, name", [
    ("We compare outputs to a frontier model (Claude Sonnet 3.5) and to human raters.", "Claude Sonnet 3.5"),
    ("Using four LLMs (GPT-4o-mini and Llama 3 70B Instruct), we grade essays.", "Llama 3 70B Instruct"),
    ("Reasoning models such as Gemini 2.0 Flash Thinking reach the highest accuracy (75%).", "Gemini 2.0 Flash Thinking"),
    ("Agreement is lowest for Deepseek Reasoner across all topics.", "Deepseek Reasoner"),
])
def test_a_variant_word_after_a_model_name_joins_it(sentence, name):
    types = mention_types(sentence)
    assert types.get(name) == "Model"
    assert not any(text != name and text in name for text in types)  # no "Claude", "Gemini 2.0 Flash" left


def test_a_variant_word_keeps_the_model_entity():
    ex = extract_text("We compare Claude Sonnet with Claude on three tasks.")
    ids = {m.text: m.entity_id for m in ex.mentions}
    assert ids["Claude Sonnet"] == ids["Claude"]


@pytest.mark.parametrize("sentence, absent", [
    ("Answers of Claude Pro-level quality are rare.", "Claude Pro"),  # a hyphen after the word: another word
    ("We apply fine-tuning Pro tips to training.", "fine-tuning Pro"),  # not after a method
])
def test_a_variant_word_joins_only_a_model_and_only_as_a_word(sentence, absent):
    assert absent not in mention_types(sentence)


# --- the team that opens a shared-task paper's title is no method


@pytest.mark.parametrize("title", [
    "QuokkaNLP at SemEval-2025 Task 7: Retrieval with Multilingual Embeddings",
    "Team QKL at SemEval-2025 Task 2: Beyond Word-for-Word Translation",
    "QKLAB at BEA 2025 Shared Task: Ensembles for Mistake Identification",
])
def test_a_shared_task_team_is_no_entity(title):
    team = title.split(" at ")[0].removeprefix("Team ")
    text = title + "\n\nThis paper presents the " + team + " team's submission. We fine-tune XLM-R with LoRA."
    types = mention_types(text)
    assert not any(team in name or name in team for name in types)  # nor "NLP" inside "QuokkaNLP"
    assert types.get("LoRA") == "Method"


def test_a_team_name_the_abstract_presents_as_its_system_stays():
    text = ("QuokkaSearch at SemEval-2025 Task 3: A Search-Enhanced Pipeline\n\n"
            "In this paper, we present QuokkaSearch, a multilingual pipeline designed to detect hallucinations.")
    assert mention_types(text).get("QuokkaSearch") == "Method"


def test_a_title_with_at_and_no_event_keeps_its_name():
    # "at Altitude" has no year and no task: no shared-task event
    assert mention_types("Person Recognition at Altitude: A Benchmark\n\nWe study person recognition.")[
        "Person Recognition"] == "Task"


# --- a pair whose long form names a field or discipline is a Task, as "computer vision" is


@pytest.mark.parametrize("sentence, long_form, short", [
    ("In Computational Pathology (CPath), vision-language models have opened new avenues.",
     "Computational Pathology", "CPath"),
    ("Affective Computing (AC) is essential for bridging human emotion and machine understanding.",
     "Affective Computing", "AC"),
    ("Experimental validation in Traditional Chinese Medicine (TCM) shows gains over SFT.",
     "Traditional Chinese Medicine", "TCM"),
    ("Open corpora are essential for computational social science (CSS) research.",
     "computational social science", "CSS"),
])
def test_a_field_defined_by_a_pair_is_a_task(sentence, long_form, short):
    types = mention_types(sentence)
    assert types.get(long_form) == "Task"
    assert types.get(short) == "Task"


def test_a_coined_pair_without_a_field_head_stays_a_method():
    types = mention_types("We propose Slow Learner with Classifier Alignment (SLCA), a method for continual learning.")
    assert types["SLCA"] == "Method"


# --- a pair whose long form ends in "distance" names a measure


@pytest.mark.parametrize("sentence, long_form, short", [
    ("Our network achieved the best Dice and Average Surface Distance (ASD) on the pelvic scans.",
     "Average Surface Distance", "ASD"),
    ("Traditional metrics such as IoU and Center Point Distances (CPDs) fail in complex 3D scenes.",
     "Center Point Distances", "CPDs"),
    ("The common metric for this is inter-pupillary distance (IPD), the pixels between the pupils.",
     "inter-pupillary distance", "IPD"),
])
def test_a_distance_pair_is_a_metric(sentence, long_form, short):
    types = mention_types(sentence)
    assert types.get(long_form) == "Metric"
    assert types.get(short) == "Metric"


# --- an "-ed" participle after "have", "has" or "had" is the clause's verb, not a modifier


@pytest.mark.parametrize("sentence, phrase, verb", [
    ("Recent research has explored multi-agent frameworks for automating article writing.",
     "multi-agent frameworks", "explored"),
    ("Text-to-image diffusion models have transformed image generation, enabling stylized outputs.",
     "image generation", "transformed"),
    ("Recent advances in text-to-image models have facilitated generative data augmentation by synthesis.",
     "generative data augmentation", "facilitated"),
])
def test_a_perfect_participle_opens_no_phrase(sentence, phrase, verb):
    types = mention_types(sentence)
    assert phrase in types
    assert not any(name.startswith(verb) for name in types)


def test_an_ed_word_after_another_word_still_modifies():
    # "supervised" after an article is the phrase's own modifier
    assert "supervised fine-tuning" in mention_types("Models have a supervised fine-tuning stage.")


# --- a phrase opens on no verb shaped "-ize / -ise / -ify"


@pytest.mark.parametrize("sentence, phrase, verb", [
    ("We leverage the shape priors to initialize geometric object models in new videos.",
     "geometric object models", "initialize"),
    ("The warmup stage enables LLMs to internalize long-chain reasoning without supervision.",
     "long-chain reasoning", "internalize"),
    ("We add a divergence term to regularize noise prediction during training.", "noise prediction", "regularize"),
])
def test_a_verb_shaped_word_opens_no_phrase(sentence, phrase, verb):
    types = mention_types(sentence)
    assert phrase in types
    assert not any(name.startswith(verb) for name in types)


@pytest.mark.parametrize("sentence, phrase", [
    ("We add noise augmentation to the inputs.", "noise augmentation"),
    ("A pairwise ranking loss trains the reranker.", "pairwise ranking loss"),
    ("Drafting skips layers of the verify model to build a draft model.", "verify model"),  # after an article
])
def test_nouns_and_adjectives_with_verb_endings_stay_in_phrases(sentence, phrase):
    assert phrase in mention_types(sentence)


# --- "future" and "downstream" say when or where a task comes, not which


@pytest.mark.parametrize("sentence, phrase, modifier", [
    ("The pre-trained encoder transfers well to downstream classification and retrieval.", "classification", "downstream"),
    ("We pave the way for future cross-modal representation learning in medicine.",
     "cross-modal representation learning", "future"),
    ("We study downstream fine-tuning of the adapted backbone.", "fine-tuning", "downstream"),
])
def test_future_and_downstream_open_no_phrase(sentence, phrase, modifier):
    types = mention_types(sentence)
    assert phrase in types
    assert not any(name.lower().startswith(modifier) for name in types)


def test_future_as_the_object_of_a_prediction_stays():
    types = mention_types("Video world models are trained for future frame prediction and future prediction.")
    assert "future frame prediction" in types


def test_a_leading_potential_hedges_except_in_a_term():
    types = mention_types("We study potential mitigation strategies and navigate with artificial potential fields.")
    assert not any(name.startswith("potential") for name in types)
    assert any("potential fields" in name for name in types)


# --- letters the lexicon knows as data, defined here as a built thing


@pytest.mark.parametrize("sentence, long_form, short", [
    ("To address these issues, we propose Self-training with Self-adaptive Thresholding (SST), a novel, "
     "effective, and efficient SSL framework.", "Self-training with Self-adaptive Thresholding", "SST"),
    ("We propose a novel Intention-Conditioned Vision-Language (ICVL) model in this study.",
     "Intention-Conditioned Vision-Language", "ICVL"),
])
def test_data_letters_defined_as_a_model_or_framework_are_a_method(sentence, long_form, short):
    types = mention_types(sentence)
    assert types.get(long_form) == "Method"
    assert types.get(short) == "Method"


# --- capitals of a title word that spell the title's name are no coined name


@pytest.mark.parametrize("title, fragment", [
    ("GENFOO: A GENeralist Model for Human MOtion\n\nWe present GENFOO, a model for motion.", "GENeralist"),
    ("SILKX: Smooth InterpoLation frameworK for motion in-betweening\n\nWe present SILKX.", "InterpoLation"),
    ("ZSTAR-R1: Spacial TrAnsformation Reasoning by Reinforcing LLMs\n\nWe propose ZSTAR-R1.", "TrAnsformation"),
])
def test_title_capitals_that_spell_its_name_are_no_names(title, fragment):
    types = mention_types(title)
    assert fragment not in types


def test_a_cited_name_inside_the_title_name_stays():
    types = mention_types("FA-KPConv: Introducing Euclidean Symmetries to KPConv via Frame Averaging\n\n"
                          "We build on KPConv, a widely adopted backbone.")
    assert "KPConv" in types


# --- lexicon phrases of common words also match capitalised (titles, a sentence's first word)


@pytest.mark.parametrize("text, surface", [
    ("Fin-R9: A Large Language Model for Financial Reasoning\n\nWe train a model.", "Large Language Model"),
    ("Large language model agents can plan trips.", "Large language model"),
    ("We train a Long Short-Term Memory network on the series.", "Long Short-Term Memory"),
])
def test_capitalised_common_word_lexicon_phrases_match(text, surface):
    ex = extract_text(text)
    ids = {m.text: m.entity_id for m in ex.mentions}
    assert surface in ids
    assert "Language Model" not in ids  # no split-off phrase


def test_a_title_case_large_language_model_is_the_llm_entity():
    ex = extract_text("A Large Language Model for Finance\n\nWe adapt a large language model to finance.")
    ids = {m.entity_id for m in ex.mentions if "anguage" in m.text}
    assert len(ids) == 1


# --- "small language model" is a curated umbrella term like LLM


def test_small_language_models_are_one_entity():
    ex = extract_text("Deploying small language models on phones is cheap, and SLMs run offline. "
                      "Small Language Models also answer faster.")
    ids = {m.text: m.entity_id for m in ex.mentions}
    assert ids["small language models"] == ids["SLMs"] == ids["Small Language Models"]
    assert "language models" not in ids


def test_another_sense_of_slm_keeps_its_own_entity():
    ex = extract_text("We build a spoken language model (SLM) for dialogue. The SLM listens.")
    assert {m.entity_id for m in ex.mentions if m.text == "SLM"} != {"small-language-model"}


# --- more verbs that open no noun phrase


@pytest.mark.parametrize("sentence, phrase, verb", [
    ("We use cross-modal transformers to fuse image embeddings with text.", "image embeddings", "fuse"),
    ("We fine-tune the pruned model to restore instruction following.", "instruction following", "restore"),
    ("Experiments validate cross-domain transfer on three benchmarks.", "cross-domain transfer", "validate"),
])
def test_verbs_open_no_phrase(sentence, phrase, verb):
    types = mention_types(sentence)
    assert phrase in types
    assert not any(name.startswith(verb) for name in types)


# --- more describing suffixes after a name


@pytest.mark.parametrize("sentence, name, absent", [
    ("We train on FooBank-derived captions from the archive.", "FooBank", "FooBank-derived"),
    ("Labels are produced by a GPT-4o-assisted pipeline.", "GPT-4o", "GPT-4o-assisted"),
    ("We build an English-centric datasets mixture for tuning.", None, "English-centric datasets"),
])
def test_a_describing_suffix_is_no_part_of_the_name(sentence, name, absent):
    types = mention_types(sentence)
    assert absent not in types
    if name:
        assert name in types
