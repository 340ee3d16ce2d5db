"""Precision of evaluatedOn (twelfth session, second helper), on invented sentences.

Every sentence here is constructed for the test (none is quoted from an abstract or a gold
set); each blocking condition has a wrong case that must stay silent (or move to the right
head) and a near miss that must keep its relation.
"""

from __future__ import annotations

from test_relations_recall import pairs  # (same folder: pytest puts it on the path)


# ---------------------------------------------------------------- "based on D" builds, it tests nothing
def test_data_set_built_on_another_is_not_evaluated_on_it():
    names = {"PuzzleMath": "Dataset", "GridQA": "Dataset", "TinyReasoner": "Model"}
    text = "TinyReasoner is evaluated on PuzzleMath, a new benchmark based on GridQA."
    assert pairs(text, names, "evaluatedOn") == {("TinyReasoner", "PuzzleMath")}
    names = {"ChatTutor": "Model", "LessonLogs": "Dataset"}
    text = "Building on LessonLogs, we further develop ChatTutor, a dialogue model for teaching."
    assert pairs(text, names, "evaluatedOn") == set()
    names = {"DriveNet": "Model", "CityDrive": "Benchmark", "SimTown": "Dataset"}
    text = "DriveNet is tested on the CityDrive benchmark built on the SimTown simulator."
    assert pairs(text, names, "evaluatedOn") == {("DriveNet", "CityDrive")}


def test_results_based_on_a_data_set_still_report_a_test():
    names = {"MotionMix": "Method", "DanceSet": "Dataset"}
    text = "Experiment results based on DanceSet show that MotionMix beats all baselines."
    assert pairs(text, names, "evaluatedOn") == {("MotionMix", "DanceSet")}


# ---------------------------------------------------------------- what a result was reached "using"
def test_tool_of_the_result_is_not_the_evaluated_method():
    names = {"PaperRank": "Method", "ShortCite": "Dataset", "sparse attention": "Method"}
    text = ("We propose PaperRank for citation ranking. On ShortCite, our method reaches 71% "
            "accuracy using only a few sparse attention layers.")
    assert pairs(text, names, "evaluatedOn") == {("PaperRank", "ShortCite")}
    names = {"PixTok": "Method", "TinyImages-64": "Dataset", "autoregressive model": "Method"}
    text = ("On TinyImages-64, using a plain autoregressive model as the generator, PixTok reaches "
            "an FID of 2.1.")
    assert pairs(text, names, "evaluatedOn") == {("PixTok", "TinyImages-64")}


def test_tools_listed_after_the_data_set_are_passed_over():
    names = {"FlatSAM": "Method", "ShapesA": "Dataset", "ResNet": "Model", "VGG": "Model", "ViT": "Model"}
    text = "Experiments on ShapesA using ResNet, VGG, and ViT show that FlatSAM generalises better."
    assert pairs(text, names, "evaluatedOn") == {("FlatSAM", "ShapesA")}


def test_tool_right_before_the_data_set_was_run_on_it():
    names = {"Whisper": "Model", "AccentSpeech": "Dataset"}
    text = "Our experiments, conducted using Whisper on the AccentSpeech corpus, show lower error rates."
    assert pairs(text, names, "evaluatedOn") == {("Whisper", "AccentSpeech")}


def test_gerund_subject_is_no_tool():
    names = {"B-vote": "Method", "QuizBank": "Dataset"}
    text = "On QuizBank, leveraging B-vote substantially improves the accuracy of answer checking."
    assert pairs(text, names, "evaluatedOn") == {("B-vote", "QuizBank")}


# ---------------------------------------------------------------- a kind of data or an ability is no system
def test_phrase_before_benchmarks_or_performance_is_no_subject():
    names = {"MemoAgent": "Method", "long-term memory": "Method", "ChatRecall": "Dataset"}
    text = "MemoAgent leads on long-term memory benchmarks, scoring 91.2 on ChatRecall."
    assert pairs(text, names, "evaluatedOn") == {("MemoAgent", "ChatRecall")}
    names = {"LongLM": "Model", "in-context learning": "Method", "NeedleQA": "Dataset"}
    text = "LongLM shows superior in-context learning performance on NeedleQA."
    assert pairs(text, names, "evaluatedOn") == {("LongLM", "NeedleQA")}


def test_named_model_before_performance_stays_the_subject():
    names = {"GPT-4o": "Model", "NeedleQA": "Dataset"}
    text = "We report GPT-4o performance on NeedleQA."
    assert pairs(text, names, "evaluatedOn") == {("GPT-4o", "NeedleQA")}


def test_phrase_before_benchmarks_is_no_subject_of_a_comparison():
    names = {"TinyRAG-1B": "Model", "RAG": "Method", "Mistral-7B": "Model"}
    text = "TinyRAG-1B leads on standard RAG benchmarks and is competitive with Mistral-7B."
    assert pairs(text, names, "comparedWith") == {("TinyRAG-1B", "Mistral-7B")}
    names = {"PatchNet": "Method", "few-shot learning": "Method", "prototype model": "Method"}
    text = "PatchNet shows strong few-shot learning performance and outperforms a prototype model."
    assert pairs(text, names, "outperforms") == {("PatchNet", "prototype model")}
