"""usedFor recall rules of the twelfth session, on invented sentences (mentions placed by hand).

Every sentence here is constructed for the test (none is quoted from an abstract or a gold
set); each new cue has a case that must now give the relation and a near miss that must stay
silent.
"""

from __future__ import annotations

from test_relations_recall import pairs  # (same folder: pytest puts it on the path)

NAMES = {"QuillNets": "Model", "leaf counting": "Task"}


def test_increasingly_used_for_gives_used_for():
    for text in ("QuillNets are increasingly used for leaf counting, yet they fail on dense crops.",
                 "QuillNets (QN) are increasingly being applied to leaf counting.",
                 "QuillNets have been increasingly adopted in leaf counting."):
        assert pairs(text, NAMES, "usedFor") == {("QuillNets", "leaf counting")}, text


def test_plural_verb_of_use_gives_used_for():
    for verb in ("enable", "improve", "facilitate", "support"):
        text = f"Recent QuillNets {verb} leaf counting in greenhouse images."
        assert pairs(text, NAMES, "usedFor") == {("QuillNets", "leaf counting")}, text
    text = "The new ShootCam supports leaf counting from drone images."
    assert pairs(text, {"ShootCam": "Model", "leaf counting": "Task"}, "usedFor") == {("ShootCam", "leaf counting")}


def test_progress_in_task_gives_used_for():
    for text in ("QuillNets have made remarkable progress in leaf counting.",
                 "QuillNets have achieved significant breakthroughs in leaf counting.",
                 "QuillNets have made great strides in leaf counting."):
        assert pairs(text, NAMES, "usedFor") == {("QuillNets", "leaf counting")}, text
    # progress of the task, not of the model
    assert pairs("QuillNets track the progress of leaf counting.", NAMES, "usedFor") == set()


def test_agents_for_task_gives_used_for():
    names = {"LLM": "Method", "invoice auditing": "Task"}
    assert pairs("PaperTrail: LLM Agents for invoice auditing", names, "usedFor") == {("LLM", "invoice auditing")}


def test_abbreviation_before_based_gives_used_for():
    names = {"graph neural network": "Method", "route planning": "Task"}
    text = "We describe a graph neural network (GNN)-based route planning module for couriers."
    assert pairs(text, names, "usedFor") == {("graph neural network", "route planning")}


def test_based_compound_in_object_position_gives_used_for():
    names = {"QuillNet": "Model", "ShootCam": "Model", "leaf counting": "Task"}
    text = "ShootCam outperforms classic QuillNet-based leaf counting by a wide margin."
    assert ("QuillNet", "leaf counting") in pairs(text, names, "usedFor")
    text = "Improving Crop Reports with QuillNet-based leaf counting"
    assert pairs(text, names, "usedFor") == {("QuillNet", "leaf counting")}


def test_task_kind_based_on_method_gives_used_for():
    names = {"leaf counting": "Task", "QuillNets": "Model"}
    for text in ("We propose a leaf counting framework based on QuillNets.",
                 "Early leaf counting methods using QuillNets need dense labels.",
                 "We build a light model for leaf counting that leverages QuillNets."):
        assert pairs(text, names, "usedFor") == {("QuillNets", "leaf counting")}, text


def test_task_kind_by_method_gives_nothing():
    names = {"leaf counting": "Task", "QuillNets": "Model"}
    text = "Counts produced by leaf counting models by applying QuillNets are unreliable."
    assert pairs(text, names, "usedFor") == set()


def test_method_recasting_task_gives_used_for():
    names = {"GeoRank": "Method", "lithology classification": "Task"}
    for text in ("GeoRank reformulates lithology classification as a ranking problem.",
                 "We propose GeoRank, which casts lithology classification as retrieval."):
        assert pairs(text, names, "usedFor") == {("GeoRank", "lithology classification")}, text
    # the authors recast it, and "as" does not follow the task
    text = "We reformulate lithology classification as ranking and then train GeoRank."
    assert pairs(text, names, "usedFor") == set()
    text = "GeoRank treats lithology classification carefully."
    assert pairs(text, names, "usedFor") == set()


def test_object_right_before_for_task_gives_used_for():
    names = {"ShootCam": "Model", "QuillNets": "Model", "leaf counting": "Task"}
    for text in ("ShootCam is far more accurate than QuillNets for leaf counting.",
                 "We distil compact rules from QuillNets for leaf counting.",
                 "Robots use plain detectors such as QuillNets for leaf counting."):
        assert ("QuillNets", "leaf counting") in pairs(text, names, "usedFor"), text
    # the base of another model is no use of its own
    text = "We train a compact counter based on QuillNets for leaf counting."
    assert ("QuillNets", "leaf counting") not in pairs(text, names, "usedFor")


def test_experiments_on_a_list_ending_in_the_task_give_used_for():
    names = {"leaf counting": "Task", "QuillNets": "Model"}
    for text in ("Experiments on crop mapping, weed scoring, and leaf counting benchmarks show that QuillNets "
                 "beat prior work.",
                 "Across orchard, vineyard and leaf counting benchmarks, QuillNets keep their accuracy."):
        assert pairs(text, names, "usedFor") == {("QuillNets", "leaf counting")}, text
    # a clause of its own between the list and the method
    text = "Experiments on crop mapping and leaf counting were slow, and QuillNets beat prior work."
    assert pairs(text, names, "usedFor") == set()


def test_data_set_after_a_result_of_the_trained_model_is_no_training_data():
    names = {"SoilNet": "Model", "TerraText": "Dataset", "FieldBench": "Benchmark"}
    text = "SoilNet trained on TerraText reaches 80% on FieldBench."
    assert pairs(text, names, "trainedOn") == {("SoilNet", "TerraText")}
    assert pairs(text, names, "evaluatedOn") == {("SoilNet", "FieldBench")}
    text = "Fine-tuning SoilNet on TerraText yields steady gains on FieldBench."
    assert pairs(text, names, "trainedOn") == {("SoilNet", "TerraText")}
    # a share of the data is still the data trained on
    text = "SoilNet was trained on a 12% subset of TerraText."
    assert pairs(text, names, "trainedOn") == {("SoilNet", "TerraText")}
