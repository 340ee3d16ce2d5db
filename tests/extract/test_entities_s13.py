"""Thirteenth session: entity types and boundaries read on real abstracts (invented sentences,
one error kind each)."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def mention_types(text):
    """Each mention's text and type in ``text`` (the other thirteenth-session files use it too)."""
    return {m.text: m.type for m in extract_text(text).mentions}


# --- a Title-Case long form the text calls a data set names the data set


@pytest.mark.parametrize("sentence, long_form, short, typ", [
    ("Experiments on the Coastal Harbour Imaging Survey (CHIS) dataset show gains of 3 points.",
     "Coastal Harbour Imaging Survey", "CHIS", "Dataset"),
    ("We introduce the Kitchen Utensil Grasp Reference (KUGR) dataset, with 9k annotated clips.",
     "Kitchen Utensil Grasp Reference", "KUGR", "Dataset"),
    ("To measure this, we build the Chart Puzzle Arena (CPA) benchmark.",
     "Chart Puzzle Arena", "CPA", "Benchmark"),
    ("We curate a Stepwise Chart Rationale (SCR) corpus for supervision.",
     "Stepwise Chart Rationale", "SCR", "Dataset"),
])
def test_a_named_pair_before_a_data_head_is_data(sentence, long_form, short, typ):
    types = mention_types(sentence)
    assert types.get(long_form) == typ and types.get(short) == typ


def test_the_short_form_keeps_the_data_type_later():
    text = ("We introduce the Coastal Harbour Imaging Survey (CHIS) dataset. "
            "Our detector reaches 71.2 mAP on CHIS.")
    assert [m.type for m in extract_text(text).mentions if m.text == "CHIS"] == ["Dataset", "Dataset"]


@pytest.mark.parametrize("sentence, name, typ", [
    # a method head in the long form: a benchmark *of* such methods, the pair stays a Method
    ("We compare on the Graph Neural Network (GNN) benchmark of Dwivedi.", "Graph Neural Network", "Method"),
    # plural data words are data of a kind, not a data set's name
    ("We train on speech and Palatal Sensor Recordings (PSR) datasets from two labs.",
     "Palatal Sensor Recordings", "Method"),
    # a task long form stays the task
    ("A new visual question answering (VQA) benchmark is proposed.", "visual question answering", "Task"),
])
def test_a_data_head_does_not_retype_other_pairs(sentence, name, typ):
    assert mention_types(sentence).get(name) == typ


# --- views, image kinds and design data are no methods; SLAM is the task of its long form


@pytest.mark.parametrize("sentence, gone", [
    ("Cameras are lifted into a BEV grid before the detector head.", "BEV"),
    ("We render Bird's-Eye View (BEV) maps from six cameras.", "BEV"),
    ("Designers export parametric CAD models from commercial tools.", "CAD models"),
    ("Each panorama is stored as an HDR environment map.", "HDR"),
    ("The ice sheet DEM is corrected with radar altimetry.", "DEM"),
    ("The model runs at 30 FPS on a Jetson AGX Orin.", "AGX"),
])
def test_views_and_design_data_are_no_entities(sentence, gone):
    assert gone not in mention_types(sentence)


@pytest.mark.parametrize("sentence, name, typ", [
    ("We study CAD model generation from sketches.", "CAD model generation", "Task"),
    ("Our network improves HDR image reconstruction from bracketed shots.", "HDR image reconstruction", "Task"),
    # a paper that coins the letters for a method of its own keeps them
    ("We propose Dual Elevation Matching (DEM), a stereo method for roofs.", "DEM", "Method"),
])
def test_their_tasks_and_coined_meanings_stay(sentence, name, typ):
    assert mention_types(sentence).get(name) == typ


def test_slam_is_the_task_of_its_long_form():
    text = ("Simultaneous Localization and Mapping is central to robots. "
            "Our dense visual SLAM pipeline tracks the camera in real time.")
    mentions = extract_text(text).mentions
    ids = {m.entity_id for m in mentions if m.text in ("SLAM", "Simultaneous Localization and Mapping")}
    assert len(ids) == 1 and {m.type for m in mentions if m.text == "SLAM"} == {"Task"}


# --- what a model is trained on is data, though a title or cue typed the name a Method


def _type_of(text, name):
    return {m.type for m in extract_text(text).mentions if m.text == name}


@pytest.mark.parametrize("text, name", [
    ("PlanetTiles: A Mosaic of Multimodal Satellite Views. We present PlanetTiles, a mosaic of "
     "nine sensors. Encoders improve when pre-trained on PlanetTiles. The tiles will be released.",
     "PlanetTiles"),
    ("SoupWeb: Filtering the Web for Clean Text. We release SoupWeb. LLMs trained on SoupWeb exhibit "
     "higher scores on five reasoning suites.", "SoupWeb"),
    ("We introduce FableMix, a collection of tales. Fine-tuning on FableMix boosts accuracy by 7 points.",
     "FableMix"),
])
def test_a_name_trained_on_is_data(text, name):
    assert _type_of(text, name) == {"Dataset"}


@pytest.mark.parametrize("text, name", [
    # the name makes the data
    ("We propose FableGen, a story generator. Models trained on FableGen-generated tales improve.", "FableGen"),
    ("We propose FableGen, a story generator. Classifiers trained on FableGen outputs improve.", "FableGen"),
    # a sized model to build on
    ("We propose BridgeKit. An adapter pre-trained on Qwen2-0.5B transfers to larger models.", "Qwen2-0.5B"),
])
def test_a_data_maker_or_a_model_stays(text, name):
    assert "Dataset" not in _type_of(text, name)


# --- "at inference time" is when, not a measured duration


@pytest.mark.parametrize("sentence", [
    "Retrieved passages are appended to the prompt at inference time.",
    "At inference time, the critic scores each candidate answer.",
    "The mask is edited during inference time without retraining.",
])
def test_a_point_in_time_is_no_metric(sentence):
    assert "Metric" not in {m.type for m in extract_text(sentence).mentions if "time" in m.text}


@pytest.mark.parametrize("sentence", [
    "Pruning reduces inference time by 40% on a single GPU.",
    "We report accuracy and inference time for every backbone.",
])
def test_a_measured_inference_time_stays_a_metric(sentence):
    assert mention_types(sentence).get("inference time") == "Metric"


@pytest.mark.parametrize("sentence, long_form, short, typ", [
    ("We construct the Kitchen Dialogue Reasoning (KDR) dataset with 4k conversations.",
     "Kitchen Dialogue Reasoning", "KDR", "Dataset"),
    ("We introduce the Harbour Vessel Tracking (HVT) benchmark for drones.", "Harbour Vessel Tracking", "HVT",
     "Benchmark"),
])
def test_a_task_named_corpus_in_a_pair_is_data(sentence, long_form, short, typ):
    types = mention_types(sentence)
    assert types.get(long_form) == typ and types.get(short) == typ


@pytest.mark.parametrize("sentence, long_form", [
    ("MicroFoo is a visual question answering (VQA) benchmark for cells.", "visual question answering"),
    ("It is a Harbour Vessel Tracking (HVT) benchmark like many others.", "Harbour Vessel Tracking"),
])
def test_a_task_pair_of_a_kind_stays_a_task(sentence, long_form):
    assert mention_types(sentence).get(long_form) == "Task"


# --- a network's part or loss named after a task is a Method


@pytest.mark.parametrize("sentence, name", [
    ("The decoder has a texture estimation branch and a depth branch.", "texture estimation branch"),
    ("We add a frequency compression block after each stage.", "frequency compression block"),
    ("A style transfer loss keeps the global look of the exemplar.", "style transfer loss"),
    ("An auxiliary semantic segmentation head sharpens the masks.", "auxiliary semantic segmentation head"),
])
def test_a_part_named_after_a_task_is_a_method(sentence, name):
    assert mention_types(sentence).get(name) == "Method"


@pytest.mark.parametrize("sentence, name, typ", [
    # a method phrase keeps its own extent, and tasks before other words stay tasks
    ("We stack Hierarchical Transformer blocks in the decoder.", "Hierarchical Transformer", "Method"),
    ("Texture estimation remains hard for glossy objects.", "Texture estimation", "Task"),
])
def test_other_phrases_keep_their_extent(sentence, name, typ):
    assert mention_types(sentence).get(name) == typ


# --- an appositive that calls a task-headed pair a method types it a Method


@pytest.mark.parametrize("sentence, long_form, short", [
    ("Building on this, harbour context retrieval (HCR), a scalable safeguarding paradigm for chat agents, "
     "is proposed.", "harbour context retrieval", "HCR"),
    ("We introduce multi-glyph prediction (MGP), a distillation method for fonts.", "multi-glyph prediction", "MGP"),
])
def test_a_pair_the_text_calls_a_method_is_a_method(sentence, long_form, short):
    types = mention_types(sentence)
    assert types.get(long_form) == "Method" and types.get(short) == "Method"


@pytest.mark.parametrize("sentence, long_form", [
    ("We define Harbour Image Retrieval (HIR), a novel task that asks models to find ships.",
     "Harbour Image Retrieval"),
    ("Compared to Harbour Image Retrieval (HIR), the model must now rank whole scenes.", "Harbour Image Retrieval"),
])
def test_a_task_pair_without_such_an_appositive_stays_a_task(sentence, long_form):
    assert mention_types(sentence).get(long_form) == "Task"


def test_a_valued_last_item_after_and_takes_the_list_type():
    text = "It scores well on NFCorpus (74.25), SciFact (72.04), and QuuxCOVID (79.56). Results hold."
    assert mention_types(text).get("QuuxCOVID") == "Dataset"


@pytest.mark.parametrize("sentence, gone", [
    ("Guidelines of the World Health Organization (WHO) were encoded as rules.", "WHO"),
    ("Footage from the Rochester Police Department (RPD) was annotated by experts.", "RPD"),
    ("Claims filed with the Regional Patent Office (RPO) were sampled.", "RPO"),
])
def test_organisations_defined_as_abbreviations_are_no_entities(sentence, gone):
    assert gone not in mention_types(sentence)


# --- a title's vague framework phrase is no entity, as its lowercase spelling is not


@pytest.mark.parametrize("title, gone", [
    ("QuuxEval: An Agent-based Framework for Evaluating Code Models\n\nWe study code review.",
     "Agent-based Framework"),
    ("FooSync: A Probabilistic Framework for Diffusion Synchronization\n\nWe synchronise samplers.",
     "Probabilistic Framework"),
    ("BarNav: A Novel Adaptive Framework for Sensor Fusion\n\nWe fuse radar and cameras.", "Adaptive Framework"),
])
def test_a_title_case_vague_framework_is_no_entity(title, gone):
    assert gone not in mention_types(title)


@pytest.mark.parametrize("sentence, name", [
    ("We compare against the Euler-based methods of prior work.", "Euler-based methods"),
    ("FooNet: A Sketch Retrieval Framework for Layouts\n\nWe model layouts.", "Sketch Retrieval Framework"),
])
def test_names_and_specific_heads_stay(sentence, name):
    assert name in mention_types(sentence)


# --- a possessive between a long form and its short form


def test_a_possessive_long_form_defines_its_short_form():
    text = "Motivated by the visual Mask AutoEncoder's (MAE) capability, we adapt it. MAE helps forecasting."
    mentions = extract_text(text).mentions
    assert [m.text for m in mentions][:1] == ["Mask AutoEncoder"]
    assert {m.type for m in mentions} == {"Method"} and len({m.entity_id for m in mentions}) == 1


@pytest.mark.parametrize("text, long_form, short", [
    ("We evaluate Quux Reasoning Engines' (QREs) performance on puzzles.", "Quux Reasoning Engines", "QREs"),
    ("We probe harbour language models' (HLMs') knowledge of tides.", "harbour language models", "HLMs"),
])
def test_no_mention_keeps_the_apostrophe(text, long_form, short):
    mentions = extract_text(text).mentions
    names = [m.text for m in mentions]
    assert long_form in names and short in names and not any(n.endswith(("'", "’")) for n in names)
    assert len({m.entity_id for m in mentions if m.text in (long_form, short)}) == 1  # one definition


# --- "the X dataset" after a pair whose long form names no method or task


@pytest.mark.parametrize("text, short", [
    ("We present the Harbour Twin Catalog (HTC) of ship scans. Detectors are tested on the HTC dataset.", "HTC"),
    ("We release the Quay Navigation Task Dataset for Agents (QNTDA). Models trained with the QNTDA dataset "
     "improve.", "QNTDA"),
])
def test_a_pair_the_text_later_calls_a_data_set_is_data(text, short):
    assert {m.type for m in extract_text(text).mentions if m.text.startswith(short)} == {"Dataset"}


@pytest.mark.parametrize("text, short", [
    # a method's or task's long form, a one-word long form (a modality), a compound after the data head
    ("We train a Harbour Vision Transformer (HVT). Results on the HVT dataset are strong.", "HVT"),
    ("Signals of ElectroQuayGraphy (EQG) are noisy. We collect the EQG dataset from two sites.", "EQG"),
])
def test_other_pairs_before_a_data_head_keep_their_type(text, short):
    assert "Dataset" not in {m.type for m in extract_text(text).mentions if m.text == short}


def test_a_data_head_in_a_compound_names_no_data_set():
    text = "We propose QuuxSolve, a solver. It handles several QuuxSolve benchmark problems in fluids."
    assert {m.type for m in extract_text(text).mentions}.isdisjoint({"Dataset", "Benchmark"})


# --- fields of application are Tasks, as artificial intelligence and computer vision are


@pytest.mark.parametrize("sentence, name, label", [
    ("Recent breakthroughs in generative AI have opened new research perspectives.", "generative AI", "generative AI"),
    ("We use Generative AI (GenAI) to draft personas. GenAI drafts are reviewed.", "GenAI", "generative AI"),
    ("Pose estimation enables robotics, augmented reality, and games.", "augmented reality", "augmented reality"),
    ("Extended Reality (XR) headsets demand fast rendering in XR.", "XR", "extended reality"),
    ("LLMs are a step toward artificial general intelligence.", "artificial general intelligence",
     "artificial general intelligence"),
])
def test_fields_are_tasks(sentence, name, label):
    ms = [m for m in extract_text(sentence).mentions if m.text == name]
    assert ms and {m.type for m in ms} == {"Task"} and {m.label for m in ms} == {label}


def test_a_paper_defining_vr_otherwise_keeps_its_meaning():
    text = "We study Video Restoration (VR) under heavy rain. VR models are trained on synthetic clips."
    assert {m.label for m in extract_text(text).mentions if m.text == "VR"} != {"virtual reality"}


def test_a_known_name_around_a_long_form_types_the_pair():
    text = "Advances in generative Artificial Intelligence (AI) help radiology. AI drafts reports."
    assert {m.type for m in extract_text(text).mentions if m.text == "AI"} == {"Task"}


@pytest.mark.parametrize("sentence, name, typ", [
    ("We introduce QuayScans, a large-scale, multi-modal dataset for harbour robots.", "QuayScans", "Dataset"),
    ("We present LynxBench, the first expert-curated, open benchmark for lynx re-identification.", "LynxBench",
     "Benchmark"),
    ("We introduce QuayCorp, a novel, large, annotated corpus of port logs.", "QuayCorp", "Dataset"),
])
def test_an_appositive_with_listed_adjectives_calls_the_name_data(sentence, name, typ):
    assert mention_types(sentence).get(name) == typ


def test_a_tool_appositive_with_listed_adjectives_is_no_data():
    assert mention_types("We introduce QuayKit, a fast, modular toolkit for datasets of port logs.").get("QuayKit") != "Dataset"


@pytest.mark.parametrize("sentence, gone", [
    ("The lack of safety measures for images leaves models open to attacks.", "safety measures"),
    ("We discuss mitigation measures against prompt leakage.", "mitigation measures"),
])
def test_measures_taken_are_no_metrics(sentence, gone):
    assert gone not in mention_types(sentence)


def test_a_measured_quantity_stays_a_metric():
    assert mention_types("We report entropy measures of the output distribution.").get("entropy measures") == "Metric"


@pytest.mark.parametrize("sentence, wrong, right", [
    ("We propose to carry out layout generation by retrieval.", "out layout generation", "layout generation"),
    ("Our method works by breaking down intent recognition into clue composition.", "down intent recognition",
     "intent recognition"),
    ("There is little theoretical understanding of isotropy.", "little theoretical understanding", None),
])
def test_particles_and_little_open_no_phrase(sentence, wrong, right):
    types = mention_types(sentence)
    assert wrong not in types and (right is None or right in types)


def test_attention_after_little_is_interest():
    assert "systematic attention" not in mention_types("Active reasoning has received little systematic attention.")


# --- a title that calls its name a data set outweighs the naming cue's default Method


@pytest.mark.parametrize("text, name, typ", [
    ("QuaySum: A Benchmark for Harbour Log Summarization\n\nWe introduce QuaySum to evaluate models on port logs.",
     "QuaySum", "Benchmark"),
    ("LynxPose: A Dataset for Lynx Pose Estimation\n\nWe present LynxPose with 9k frames. LynxPose is public.",
     "LynxPose", "Dataset"),
])
def test_a_title_data_head_types_the_name_everywhere(text, name, typ):
    assert {m.type for m in extract_text(text).mentions if m.text == name} == {typ}


def test_a_benchmark_shaped_name_without_a_data_head_keeps_the_cue_type():
    text = "QuayEval: Hypothesis-Guided Evaluation of Port Logs\n\nWe propose QuayEval, an evaluation framework."
    assert "Benchmark" not in {m.type for m in extract_text(text).mentions if m.text == "QuayEval"}


def test_a_title_data_head_after_many_modifiers_types_the_name():
    text = ("QuayCap: A Multi-Site, Multi-Season, Low-Altitude Harbour Footage Dataset\n\n"
            "We present QuayCap with 40 hours of drone video.")
    assert {m.type for m in extract_text(text).mentions if m.text == "QuayCap"} == {"Dataset"}


@pytest.mark.parametrize("sentence, long_form, short", [
    ("We introduce the Token Elasticity of Payoff (TEPO) metric to compare costs.", "Token Elasticity of Payoff",
     "TEPO"),
    ("We propose a novel Position-Weighted Stability (PWS) score for dialogues.", "Position-Weighted Stability", "PWS"),
])
def test_a_title_case_pair_before_a_metric_head_is_a_metric(sentence, long_form, short):
    types = mention_types(sentence)
    assert types.get(long_form) == "Metric" and types.get(short) == "Metric"


def test_a_pair_before_plural_metrics_of_a_kind_is_no_metric():
    assert mention_types("Quality of Harbour Service (QoHS) metrics matter for ports.").get("QoHS") != "Metric"


@pytest.mark.parametrize("sentence, long_form, short", [
    ("We add Pairwise Glyph Edit Distance (PGED), a novel metric for text rendering.", "Pairwise Glyph Edit Distance",
     "PGED"),
    ("We track Matrix-Based Harbour Entropy (MBHE), a measure of representation spread.", "Matrix-Based Harbour Entropy",
     "MBHE"),
])
def test_a_pair_an_appositive_calls_a_metric_is_a_metric(sentence, long_form, short):
    types = mention_types(sentence)
    assert types.get(long_form) == "Metric" and types.get(short) == "Metric"


def test_a_name_an_appositive_calls_a_metric_is_a_metric():
    text = "To judge refusals, we propose QuayScore, a novel LLM-based metric with calibrated thresholds."
    assert mention_types(text).get("QuayScore") == "Metric"


@pytest.mark.parametrize("sentence, name", [
    ("We formulate Talking Harbour Cranes (THC), a new task that requires animating cranes.", "THC"),
    ("In this paper, we propose QuayVG, a new task focusing on visual grounding from ships.", "QuayVG"),
])
def test_a_name_an_appositive_calls_a_task_is_a_task(sentence, name):
    assert mention_types(sentence).get(name) == "Task"


def test_a_task_agnostic_framework_is_no_task():
    assert mention_types("We propose QuayTune, a task-agnostic framework for adapters.").get("QuayTune") != "Task"
