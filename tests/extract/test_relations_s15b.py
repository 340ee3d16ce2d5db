"""Relation recall, fifteenth session round 7: the winner of a contest in a task ("A surpasses B
in T") is used for the task, not only the rival named next to the task; a subject named right
after a long fronted phrase that ends with a data set ("compared to Y on the D dataset, X
achieves ...") was tested on that data set; a benchmark described at length before its purpose
("D, a benchmark developed with 80 nurses to evaluate X") still tests X.

Every sentence here is invented for the test (none is quoted from an abstract or a gold set);
each rule has a case that must fire and a near miss that must stay silent.
"""

from __future__ import annotations

from test_relations_recall import pairs


# ---------------------------------------------------------------- "A surpasses B in T"
def test_the_winner_over_a_named_rival_is_used_for_the_task():
    names = {"PoseNova": "Method", "GripPose": "Method", "grasp pose estimation": "Task"}
    text = "Our experiments show that PoseNova surpasses GripPose in grasp pose estimation."
    assert ("PoseNova", "grasp pose estimation") in pairs(text, names, "usedFor")


def test_the_winner_over_a_list_of_rivals_is_used_for_every_listed_task():
    names = {"WaveGraph": "Method", "GCN": "Method", "graph transformers": "Method",
             "graph classification": "Task", "link prediction": "Task"}
    text = ("WaveGraph consistently outperforms GCN and graph transformers in graph classification "
            "and link prediction.")
    got = pairs(text, names, "usedFor")
    assert {("WaveGraph", "graph classification"), ("WaveGraph", "link prediction")} <= got


def test_coordinated_winners_share_the_task():
    names = {"RankA": "Model", "RankB": "Model", "BM25": "Method", "passage retrieval": "Task"}
    text = "Both RankA and RankB outperform BM25 in passage retrieval."
    got = pairs(text, names, "usedFor")
    assert {("RankA", "passage retrieval"), ("RankB", "passage retrieval")} <= got


def test_a_winner_in_another_clause_is_not_credited():
    names = {"TinyDet": "Model", "BigDet": "Model", "object detection": "Task"}
    text = "TinyDet is fast, while BigDet outperforms it in object detection."
    assert ("TinyDet", "object detection") not in pairs(text, names, "usedFor")


def test_a_rival_compared_without_a_win_verb_gives_no_winner():
    names = {"MedSeg": "Model", "U-Net": "Model", "tumor segmentation": "Task"}
    text = "MedSeg is compared with U-Net in tumor segmentation under label noise."
    assert ("MedSeg", "tumor segmentation") not in pairs(text, names, "usedFor")


def test_a_rival_beaten_on_a_task_by_a_margin_leaves_the_task_to_the_winner():
    names = {"ProbeNet": "Method", "linear probes": "Method", "action recognition": "Task"}
    text = "ProbeNet outperforms existing linear probes by 3-5% across four action recognition benchmarks."
    assert ("ProbeNet", "action recognition") in pairs(text, names, "usedFor")


def test_a_free_word_between_rival_and_task_gives_no_winner():
    names = {"LiftNet": "Method", "CLIP": "Model", "compositional understanding": "Task"}
    text = "LiftNet outperforms CLIP in most scenarios that involve compositional understanding."
    assert ("LiftNet", "compositional understanding") not in pairs(text, names, "usedFor")


# ---------------------------------------------------------------- "..., on the D dataset, X achieves"
def test_a_subject_after_a_long_fronted_phrase_ending_with_a_data_set_is_tested_on_it():
    names = {"LidarNetV2": "Method", "RoadScan": "Dataset"}
    text = ("Notably, under a very low sampling budget of 4 beams on the RoadScan dataset, our LidarNetV2 "
            "achieves the highest mAP.")
    assert pairs(text, names, "evaluatedOn") == {("LidarNetV2", "RoadScan")}


def test_the_rival_and_the_winner_after_a_fronted_comparison_are_both_tested():
    names = {"RainFormer": "Method", "DeRainX": "Method", "WetCity": "Dataset"}
    text = "For example, in image deraining, compared to RainFormer on the WetCity dataset, DeRainX achieves a 0.5 dB gain."
    assert pairs(text, names, "evaluatedOn") == {("DeRainX", "WetCity"), ("RainFormer", "WetCity")}


def test_the_next_item_of_a_data_set_list_is_no_subject():
    names = {"SegMax": "Model", "CityParse": "Dataset", "ParseNet-XL": "Model"}
    text = ("It further attains 56.2 and 28.2 mIoU in the hard setting of the track on CityParse, "
            "ParseNet-XL, respectively.")
    assert ("ParseNet-XL", "CityParse") not in pairs(text, names, "evaluatedOn")


# ---------------------------------------------------------------- "D, a benchmark <long description> to evaluate X"
def test_a_participle_phrase_before_the_purpose_keeps_the_tested_model():
    names = {"NurseBench": "Benchmark", "LLMs": "Method"}
    text = "We introduce NurseBench, a large-scale benchmark developed with 80 ward nurses to evaluate LLMs in triage."
    assert pairs(text, names, "evaluatedOn") == {("LLMs", "NurseBench")}


def test_a_relative_clause_before_the_purpose_keeps_the_tested_model():
    names = {"SketchEval": "Benchmark", "MLLMs": "Method"}
    text = "We present SketchEval, a new benchmark that pairs sketches and captions to systematically evaluate MLLMs."
    assert pairs(text, names, "evaluatedOn") == {("MLLMs", "SketchEval")}


def test_a_prepositional_purpose_after_a_long_description_keeps_the_tested_model():
    names = {"ThaiVQA": "Benchmark", "VLMs": "Method"}
    text = "We present ThaiVQA, a free-form visual question answering benchmark in the Thai language for the evaluation of VLMs."
    assert pairs(text, names, "evaluatedOn") == {("VLMs", "ThaiVQA")}


def test_the_first_purpose_names_the_tested_model_not_a_later_one():
    names = {"JudgeBench-X": "Benchmark", "LLM": "Method", "web agents": "Method"}
    text = "We propose JudgeBench-X, the first benchmark to assess the reliability of LLM judges for evaluating web agents."
    got = pairs(text, names, "evaluatedOn")
    assert ("LLM", "JudgeBench-X") in got and ("web agents", "JudgeBench-X") not in got

