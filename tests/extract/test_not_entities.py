"""Words that are never entities of a research-trend graph, and the sentences around them.

Organisations, hardware, sensors, imaging modalities and software ran on or used by a study
are not its methods, datasets or tasks (at 75k abstracts LiDAR, OpenAI, GUI, RGB-D and MRI
were among the most frequent "Methods"); what is done with them stays ("LiDAR object
detection" is a task). The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _mentions(text):
    return [(m.text, m.type, m.entity_id) for m in extract_text(text).mentions]


@pytest.mark.parametrize("sentence", [
    "We train on GPUs with PyTorch and deploy on FPGAs.",
    "Our detector fuses LiDAR and RGB-D input.",
    "We compare with OpenAI models and HuggingFace datasets.",
    "The fMRI recordings come from an MRI scanner and IoT sensors.",
])
def test_tools_sensors_and_organisations_are_no_mentions(sentence):
    ids = {eid for _, _, eid in _mentions(sentence)}
    assert not ids & {"gpu", "pytorch", "fpga", "lidar", "rgb-d", "openai", "openai-model", "huggingface",
                      "fmri", "mri", "iot"}


def test_the_task_done_with_a_sensor_stays():
    got = _mentions("We study LiDAR object detection in the rain.")
    assert ("LiDAR object detection", "Task", "lidar-object-detection") in got


def test_no_phrase_is_made_of_an_expansion_that_names_no_entity():
    got = _mentions("Light Detection and Ranging (LiDAR) scans are sparse.")
    assert not any("detection" in eid for _, _, eid in got), got


def test_a_sentence_opening_with_to_names_no_benchmark():
    got = _mentions("To benchmark TROVE, we construct a dataset from three public sources.")
    assert not any(text.startswith("To") for text, _, _ in got), got


def test_text_to_video_acronyms_are_tasks():
    got = _mentions("We adapt a T2V model to I2V and evaluate on text-to-video generation.")
    assert ("T2V", "Task", "text-to-video-generation") in got
    assert ("I2V", "Task", "image-to-video-generation") in got


@pytest.mark.parametrize("name", ["RADAR", "PET", "CT"])
def test_short_coined_names_that_spell_a_modality_are_not_dropped(name):
    # RADAR, PET and CT are also method acronyms ("Consistency Training (CT)"): not on the list,
    # or on it as spellings a paper may define as its own name
    from kg.extract.words import DEFINABLE_NOT_ENTITIES, NOT_ENTITIES

    assert name.lower() not in NOT_ENTITIES or name.lower() in DEFINABLE_NOT_ENTITIES


@pytest.mark.parametrize("sentence, name, eid", [
    ("Our planner reasons with CoT.", "CoT", "chain-of-thought-prompting"),
    ("The encoder is a ViT. It is frozen.", "ViT", "vit"),
    ("We compare with CogVideoX. It is slower.", "CogVideoX", "cogvideox"),
])
def test_a_sentence_final_period_after_a_capital_is_no_part_of_the_name(sentence, name, eid):
    ex = extract_text(sentence)
    got = [(m.text, m.entity_id) for m in ex.mentions]
    assert (name, eid) in got, got
    assert not any(text.endswith(".") for text, _ in got)
    if "It" in sentence:  # the period ends the sentence too
        assert len(ex.sentences) == 2


def test_abbreviations_with_inner_periods_keep_theirs():
    from kg.extract.pipeline import build_nlp

    assert [t.text for t in build_nlp().make_doc("in the U.S. and Ph.D. work")][2:5] == ["U.S.", "and", "Ph.D."]


def test_degrees_and_video_models():
    got = _mentions("PhD students fine-tuned HunyuanVideo, as demonstrated on Wan2.1.")
    assert not any(eid == "phd" for _, _, eid in got)
    assert ("HunyuanVideo", "Model", "hunyuanvideo") in got
    assert ("Wan2.1", "Model", "wan-2.1") in got


def test_number_formats_sensors_and_sequences_are_no_models():
    got = _mentions("We quantize to INT8 and W4A4, fuse IMU data and read T1-weighted scans end to end (E2E).")
    assert not any(eid in {"int-8", "w-4a-4", "imu", "t-1-weighted", "e-2e"} for _, _, eid in got), got


def test_x_to_y_task_acronyms_and_the_coco_metric():
    got = _mentions("We study NL2SQL, I2I and image-to-3D, and report mAP50-95.")
    assert ("NL2SQL", "Task", "text-to-sql") in got
    assert ("I2I", "Task", "image-to-image-translation") in got
    assert ("image-to-3D", "Task", "image-to-3d-generation") in got
    assert ("mAP50-95", "Metric", "map-50-95") in got


def test_verbs_and_times_that_look_like_tasks():
    got = _mentions("Errors stemming from noise shape the next generation of LLMs; we apply stemming.")
    assert [(t, typ) for t, typ, _ in got if typ == "Task"] == [("stemming", "Task")], got


def test_confidence_intervals_and_gpu_memory_are_no_mentions():
    got = _mentions("The model reaches an AUC of 0.91 (95% CI: 0.90-0.92) and halves GPU memory and VRAM use.")
    assert {eid for _, _, eid in got} == {"auc"}


def test_a_paper_may_coin_an_ambiguous_never_entity_spelling():
    got = _mentions("We follow the Code Interpreter (CI) setting. With CI the agent runs tools.")
    assert ("CI", "Method", "code-interpreter") in got
    got = _mentions("We report the confidence interval (CI) of each score; the CI is narrow.")
    assert not any(t == "CI" for t, _, _ in got)
    # a plural of a never-entity is one; an acronym that ends in S is another name
    assert not _mentions("Both GPUs ran the job.")
    assert any(t == "CIS" for t, _, _ in _mentions("We propose CIS, a clinical information system."))


def test_nlp_and_data_libraries_are_no_mentions():
    got = {eid for _, _, eid in _mentions("We tag entities with spaCy and NLTK, store arrays in NumPy and call "
                                          "models through OpenRouter.")}
    assert not got & {"spacy", "nltk", "numpy", "openrouter"}, got


def test_imaging_modalities_are_no_mentions_and_their_tasks_stay():
    got = _mentions("We train on CT datasets, MR volumes and PET scans; OCT images and SAR imagery are noisy. "
                    "We study SAR image segmentation.")
    assert {eid for _, _, eid in got} == {"sar-image-segmentation"}, got
    # a paper may name its own method with the same letters
    got = _mentions("We use Consistency Training (CT) for diffusion. CT is fast.")
    assert ("CT", "Method", "consistency-training") in got


def test_units_are_no_mentions():
    got = _mentions("The EVS model reaches 1 kHz at 2.4 GHz and 10 Mbps on a 5000 mAh battery using 3 kWh.")
    assert {eid for _, _, eid in got} == {"evs"}, got


def test_positioning_radios_cloud_and_developer_tools_are_no_mentions():
    got = _mentions("The robot runs ROS and OpenCV on AWS, localises with GNSS and WiFi, and was built in Unity.")
    assert not {eid for _, _, eid in got} & {"ros", "opencv", "aws", "gnss", "wifi", "unity"}, got
    # GPs are Gaussian processes, and rFID a metric: those spellings stay
    got = _mentions("We fit GPs to the data and report rFID.")
    assert {t for t, _, _ in got} >= {"GPs", "rFID"}, got


@pytest.mark.parametrize("sentence, gone", [
    ("We predict mortality from EHRs of ICU patients.", {"ehr", "icu"}),
    ("Each WSI is tiled around a region of interest (ROI).", {"wsi", "roi"}),
    ("The robot arm has six degrees of freedom (DoF) and a wide field of view.", {"dof", "fov"}),
    ("We estimate CSI from WiFi pilots and predict the next POI.", {"csi", "poi"}),
    ("The model answers MCQs and writes SVG files, in line with GDPR.", {"mcq", "svg", "gdpr"}),
])
def test_data_settings_and_formats_are_no_mentions(sentence, gone):
    ids = {eid for _, _, eid in _mentions(sentence)}
    assert not ids & gone, ids


def test_what_is_done_with_them_stays_and_a_paper_may_coin_the_letters():
    assert ("WSI classification", "Task", "wsi-classification") in _mentions("WSI classification with MIL works.")
    got = _mentions("We propose Contrastive Semantic Inference (CSI), a retrieval method. CSI is fast.")
    assert ("CSI", "Method", "csi") in got


def test_a_notation_and_a_special_token_are_no_methods():
    got = _mentions("We write plans in a domain-specific language (DSL). The DSL is compiled, and the CLS token "
                    "feeds a linear probe.")
    assert not any(t in ("DSL", "CLS", "domain-specific language") for t, _, _ in got)
    # a paper that coins the letters for its own method keeps them
    got = _mentions("We propose Dual Sparse Learning (DSL). DSL prunes weights.")
    assert any(t == "DSL" for t, _, _ in got)


def test_a_colour_space_or_uv_map_is_no_method_but_what_is_done_with_it_stays():
    got = _mentions("Images are converted from RGB to the HSV and YCbCr colour spaces, and the mesh gets UV "
                    "coordinates before UV texture reconstruction.")
    assert not any(t in ("HSV", "YCbCr", "UV") for t, _, _ in got)
    assert any(t == "UV texture reconstruction" for t, _, _ in got)
