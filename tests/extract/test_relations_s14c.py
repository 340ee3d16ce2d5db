"""Relation precision, fourteenth session round 5: what a comma-set participle phrase names, and
"pre-trained in D".

Every sentence here is invented for the test (none is quoted from an abstract or a gold set);
each rule has a case that must fire and a near miss that must stay silent.
"""

from __future__ import annotations

from test_relations_recall import pairs, rels


# ---------------------------------------------------------------- "X, trained with M, ... on D"
def test_the_means_in_a_participle_phrase_is_not_the_subject_of_a_win():
    names = {"Falcon-Mini-7B": "Model", "SFT": "Method", "PolyQA": "Benchmark", "GPT-4": "Model"}
    text = "Falcon-Mini-7B, trained through only simple supervised fine-tuning (SFT), outperformed GPT-4 on PolyQA."
    assert pairs(text, names, "evaluatedOn") == {("Falcon-Mini-7B", "PolyQA"), ("GPT-4", "PolyQA")}
    assert pairs(text, names, "outperforms") == {("Falcon-Mini-7B", "GPT-4")}


def test_the_means_of_a_guided_participle_is_not_evaluated():
    names = {"paraphrase attack": "Method", "RoBERTa-Judge": "Model", "DetectSet": "Dataset"}
    text = "The paraphrase attack, guided by RoBERTa-Judge, lowers the detection rate by 60% on DetectSet."
    assert pairs(text, names, "evaluatedOn") == {("paraphrase attack", "DetectSet")}


def test_a_model_applied_to_in_a_participle_phrase_is_not_the_winner():
    names = {"StepRL": "Method", "Qwen-Tiny": "Model", "GPT-4o": "Model"}
    text = "In contrast, StepRL, applied to Qwen-Tiny, surpasses all baselines, including GPT-4o, on five datasets."
    got = pairs(text, names, "outperforms")
    assert ("StepRL", "GPT-4o") in got
    assert ("Qwen-Tiny", "GPT-4o") not in got


def test_a_name_given_between_commas_stays_the_subject():
    names = {"LensCIR": "Method", "ShopQuery": "Dataset"}
    text = "Our model, named LensCIR, outperforms prior methods in zero-shot retrieval on ShopQuery."
    assert pairs(text, names, "evaluatedOn") == {("LensCIR", "ShopQuery")}


def test_a_compound_adjective_after_a_comma_opens_no_participle_phrase():
    names = {"DiffuLM": "Model", "MathSet": "Benchmark"}
    text = "Notably, RL-reinforced DiffuLM boosts its accuracy by +9.8%, +5.7% on MathSet."
    assert ("DiffuLM", "MathSet") in pairs(text, names, "evaluatedOn")


# ---------------------------------------------------------------- "pre-trained in D"
def test_pretrained_in_a_corpus_is_training():
    names = {"LLMs": "Method", "WebClean-2": "Dataset"}
    text = "Experiments show that LLMs pre-trained in WebClean-2 benefit from cleaner training signals."
    assert {(h, t) for h, t, _ in rels(text, names, "trainedOn")} == {("LLMs", "WebClean-2")}
    assert pairs(text, names, "evaluatedOn") == set()


def test_an_in_further_from_the_training_verb_is_no_training_data():
    names = {"TinyNet": "Model", "CityScan": "Dataset"}
    text = "TinyNet, trained in two stages, reaches 81% mIoU in the CityScan benchmark."
    assert pairs(text, names, "trainedOn") == set()
    assert pairs(text, names, "evaluatedOn") == {("TinyNet", "CityScan")}


# ---------------------------------------------------------------- "outperforms X-training on D"
def test_a_win_over_a_training_recipe_is_a_test_on_the_data():
    names = {"GroundNet": "Method", "EgoPoint": "Dataset"}
    text = "GroundNet clearly outperforms naive fine-tuning and joint training on EgoPoint."
    assert pairs(text, names, "trainedOn") == set()
    assert pairs(text, names, "evaluatedOn") == {("GroundNet", "EgoPoint")}


def test_a_rival_trained_on_the_data_after_compared_to_keeps_the_training():
    names = {"ViT-S": "Model", "PlantNet-9": "Dataset"}
    text = "Our ViT-S reaches higher accuracy compared to models pretrained on the PlantNet-9 dataset."
    assert pairs(text, names, "evaluatedOn") == set()


# ---------------------------------------------------------------- "in D" after annotations
def test_annotations_under_a_scheme_test_nothing_on_it():
    names = {"UD v2": "Dataset", "KidParser": "Method"}
    text = "KidParser validates the existing gold annotations under the UD v2 framework."
    assert pairs(text, names, "evaluatedOn") == set()


def test_results_in_a_benchmark_still_test_on_it():
    names = {"KidParser": "Method", "UD v2": "Dataset"}
    text = "KidParser achieves the best attachment scores in the UD v2 treebanks."
    assert pairs(text, names, "evaluatedOn") == {("KidParser", "UD v2")}


# ---------------------------------------------------------------- "NAME, a CLASS, outperforms"
def test_a_class_noun_apposed_to_a_name_is_not_the_winner():
    names = {"Kestrel-70B": "Model", "MLLM": "Method", "AdClips": "Benchmark", "GPT-4o": "Model"}
    text = "We find that Kestrel-70B, an open-source MLLM, reaches 73% accuracy on AdClips, outperforming GPT-4o."
    assert pairs(text, names, "outperforms") == {("Kestrel-70B", "GPT-4o")}
    assert ("MLLM", "AdClips") not in pairs(text, names, "evaluatedOn")
    assert ("Kestrel-70B", "AdClips") in pairs(text, names, "evaluatedOn")


def test_the_apposed_class_of_a_rival_does_not_take_the_subject():
    names = {"MedLark-8B": "Model", "Huato-8B": "Model", "medical reasoning model": "Method", "MedBoard": "Benchmark"}
    text = "Our MedLark-8B outperforms the Huato-8B, a strong medical reasoning model, by 4.2% on MedBoard."
    assert pairs(text, names, "evaluatedOn") >= {("MedLark-8B", "MedBoard")}
    assert ("medical reasoning model", "MedBoard") not in pairs(text, names, "evaluatedOn")


def test_a_class_noun_without_a_name_before_it_stays_the_subject():
    names = {"MLLM": "Method", "AdClips": "Benchmark"}
    text = "In our study, an open-source MLLM reaches 73% accuracy on AdClips."
    assert pairs(text, names, "evaluatedOn") == {("MLLM", "AdClips")}


# ---------------------------------------------------------------- "X model, which was trained with M, ..."
def test_the_means_in_a_relative_clause_is_not_the_subject():
    names = {"Lark-32B": "Model", "SFT": "Method", "Finch-32B": "Model", "MathQ": "Benchmark"}
    text = ("The Lark-32B model, which was trained through only plain supervised fine-tuning (SFT) on this data, "
            "outperformed the Finch-32B model on MathQ.")
    assert pairs(text, names, "outperforms") == {("Lark-32B", "Finch-32B")}
    assert ("Lark-32B", "MathQ") in pairs(text, names, "evaluatedOn")
    assert ("SFT", "MathQ") not in pairs(text, names, "evaluatedOn")
