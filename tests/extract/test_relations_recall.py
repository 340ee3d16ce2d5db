"""Recall rules for usedFor and trainedOn, on constructed sentences (mentions placed by hand).

Every sentence here is invented for the test; each rule has a positive case and a near miss.
"""

from __future__ import annotations

from test_relations import make_doc  # (same folder: pytest puts it on the path)

from kg.extract.relations import extract_relations


def rels(text: str, names: dict[str, str], predicate: str) -> set[tuple[str, str, str]]:
    doc = make_doc(text, names)
    out = set()
    for r in extract_relations(doc)[0]:
        if r.predicate == predicate and r.head is not None:
            out.add((doc.mentions[r.head].text, doc.mentions[r.tail].text, r.rule))
    return out


def pairs(text: str, names: dict[str, str], predicate: str = "usedFor") -> set[tuple[str, str]]:
    return {(h, t) for h, t, _ in rels(text, names, predicate)}


# ---------------------------------------------------------------- usedFor: more verbs after X
def test_used_with_adverb_after_the_participle():
    names = {"Graph kernels": "Method", "molecule classification": "Task"}
    text = "Graph kernels have been used successfully in molecule classification."
    assert pairs(text, names) == {("Graph kernels", "molecule classification")}


def test_tried_for_a_list_of_tasks():
    names = {"Capsule networks": "Method", "digit recognition": "Task", "scene parsing": "Task"}
    text = "Capsule networks have been tried for digit recognition [4], scene parsing [7] and more."
    assert pairs(text, names) == {("Capsule networks", "digit recognition"), ("Capsule networks", "scene parsing")}


def test_x_performs_and_excels_at_task():
    names = {"TinyPlanner": "Method", "route planning": "Task", "WaveNet-S": "Model",
             "speech synthesis": "Task"}
    assert pairs("TinyPlanner performs route planning on a laptop CPU.", names) == {
        ("TinyPlanner", "route planning")}
    assert pairs("WaveNet-S excels at speech synthesis but is slow.", names) == {("WaveNet-S", "speech synthesis")}
    assert pairs("TinyPlanner can perform route planning offline.", names) == {("TinyPlanner", "route planning")}


def test_achieves_success_or_performance_in_task():
    names = {"Sparse autoencoders": "Method", "feature discovery": "Task", "FlowNet-X": "Model",
             "optical flow estimation": "Task"}
    assert pairs("Sparse autoencoders have achieved great success in feature discovery.", names) == {
        ("Sparse autoencoders", "feature discovery")}
    assert pairs("FlowNet-X achieves state-of-the-art performance on optical flow estimation.", names) == {
        ("FlowNet-X", "optical flow estimation")}


def test_achieves_without_performance_words_is_no_use():
    # near miss: "achieves" alone reports a result, it names no use
    names = {"FlowNet-X": "Model", "optical flow estimation": "Task"}
    assert pairs("FlowNet-X achieves this while optical flow estimation stays cheap.", names) == set()


def test_suffix_driven_powered_guided():
    names = {"LLM": "Model", "code review": "Task", "SAM": "Model", "lesion segmentation": "Task"}
    assert pairs("We study LLM-driven code review at scale.", names) == {("LLM", "code review")}
    assert pairs("A SAM-guided lesion segmentation pipeline is described.", names) == {("SAM", "lesion segmentation")}


def test_guided_by_is_no_suffix():
    # near miss: "a model guided by T" says what guides the model, not what it is for
    names = {"diffusion model": "Method", "depth estimation": "Task"}
    assert pairs("We train a diffusion model guided by depth estimation.", names) == set()


def test_task_utilizing_x_and_task_after_a_verb_with_instrument():
    names = {"Pose tracking": "Task", "optical flow": "Method", "TrackNet": "Model",
             "person search": "Task", "ResNet-18": "Model"}
    assert pairs("Pose tracking utilizing optical flow is robust.", names) == {("optical flow", "Pose tracking")}
    assert pairs("TrackNet performs person search using ResNet-18.", names) == {
        ("TrackNet", "person search"), ("ResNet-18", "person search")}


# ---------------------------------------------------------------- trainedOn: "train X on D"
def test_train_x_on_d_gives_the_object_not_the_subject():
    names = {"OurNet": "Method", "LLaMA-2": "Model", "Mistral-7B": "Model", "AlpacaMini": "Dataset"}
    text = "We propose OurNet. We fine-tune LLaMA-2 and Mistral-7B on AlpacaMini."
    assert pairs(text, names, "trainedOn") == {("LLaMA-2", "AlpacaMini"), ("Mistral-7B", "AlpacaMini")}


def test_pretrained_x_on_d():
    names = {"VGG": "Model", "ImageNet": "Dataset"}
    text = "Features are extracted by the pre-trained VGG network on the ImageNet dataset."
    assert rels(text, names, "trainedOn") == {("VGG", "ImageNet", "train_x_on")}


def test_trained_with_a_method_on_d_does_not_train_the_method():
    # near miss: LoRA is how the model was trained, not what was trained on the data
    names = {"LoRA": "Method", "CodeSet": "Dataset"}
    text = "The models were trained with LoRA on CodeSet."
    assert ("LoRA", "CodeSet") not in pairs(text, names, "trainedOn")


def test_margin_after_trained_object_is_no_training():
    # near miss: "trained approach X by 2% on D" is a comparison on D
    names = {"OurNet": "Method", "BaseAdapt": "Method", "OfficeSet": "Dataset"}
    text = "OurNet outperforms the trained approach BaseAdapt by 2.1% on OfficeSet."
    assert ("BaseAdapt", "OfficeSet") not in pairs(text, names, "trainedOn")


def test_data_pretrained_x():
    names = {"ImageNet": "Dataset", "ResNet-50": "Model", "CheXSet": "Dataset"}
    assert rels("We use an ImageNet-pretrained ResNet-50 backbone.", names, "trainedOn") == {
        ("ResNet-50", "ImageNet", "data_trained_x")}
    # near miss: the data set is not followed by a training word
    assert pairs("We use ImageNet and ResNet-50.", names, "trainedOn") == set()


# ---------------------------------------------------------------- usedFor: descriptions and "use of X in T"
def test_task_kind_then_name():
    names = {"image deblurring": "Task", "SharpNet": "Method", "keyword spotting": "Task", "KWS-Tiny": "Model"}
    assert rels("We propose a novel image deblurring framework, SharpNet, which is fast.", names, "usedFor") == {
        ("SharpNet", "image deblurring", "task_kind_name")}
    assert pairs("We build on the keyword spotting model KWS-Tiny.", names) == {("KWS-Tiny", "keyword spotting")}


def test_task_kind_comma_list_or_clause_is_no_apposition():
    # near misses: the comma joins a list, or the name opens a new clause
    names = {"image deblurring": "Task", "SharpNet": "Method", "Wiener filters": "Method"}
    assert pairs("We combine image deblurring methods, Wiener filters, and splines.", names) == set()
    assert pairs("For the best image deblurring model, SharpNet clearly improves speed.", names) == set()


def test_use_of_x_in_task():
    names = {"graph neural networks": "Method", "traffic forecasting": "Task", "GNN": "Method"}
    assert rels("We study the use of graph neural networks in traffic forecasting.", names, "usedFor") == {
        ("graph neural networks", "traffic forecasting", "use_of_x")}
    assert pairs("This shows the potential of GNN in traffic forecasting.", names) == {("GNN", "traffic forecasting")}


def test_x_in_task_without_use_noun_is_no_use():
    # near miss: "X in T" alone is too loose ("gaps between GNN in traffic forecasting")
    names = {"GNN": "Method", "traffic forecasting": "Task"}
    assert pairs("We report results of GNN in traffic forecasting.", names) == set()


def test_copular_description_and_relative_clause():
    names = {"PoseFast": "Method", "pose tracking": "Task", "pose estimation": "Task", "TabLM": "Model",
             "table question answering": "Task"}
    assert pairs("TabLM is a language model for table question answering.", names) == {
        ("TabLM", "table question answering")}
    text = "We present PoseFast, a lightweight system which can perform pose estimation and pose tracking."
    assert {("PoseFast", "pose estimation"), ("PoseFast", "pose tracking")} <= pairs(text, names)


def test_description_of_a_challenge_is_no_use():
    # near miss: "X remains a challenge for T" says nothing about what X is for
    names = {"TabLM": "Model", "table question answering": "Task"}
    assert pairs("TabLM remains a hard case for table question answering.", names) == set()


# ---------------------------------------------------------------- evaluatedOn: "on the test set of D"
def test_on_a_split_of_the_dataset():
    names = {"DetX": "Model", "CityScenes": "Dataset"}
    assert pairs("DetX reaches high recall on the validation set of CityScenes.", names, "evaluatedOn") == {
        ("DetX", "CityScenes")}
    # near miss: the data set is what the split was built from, in another clause
    assert pairs("DetX is fast; the validation set of CityScenes is small.", names, "evaluatedOn") == set()


def test_relative_clause_of_use_right_after_the_method():
    names = {"multi-task network": "Method", "human detection": "Task", "pose estimation": "Task",
             "CoordNet": "Model", "map matching": "Task"}
    text = "We design a multi-task network which performs human detection and pose estimation."
    assert pairs(text, names) == {("multi-task network", "human detection"), ("multi-task network", "pose estimation")}
    assert pairs("We use CoordNet, which is designed for map matching.", names) == {("CoordNet", "map matching")}
    # near miss: a relative clause with its own subject says nothing of the method's use
    assert pairs("We use CoordNet, which we found slow for map matching.", names) == set()
