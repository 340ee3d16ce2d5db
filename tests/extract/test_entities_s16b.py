"""Entity round 2 of session 16: letters a leaderboard list alone knows as data, defined by the
paper as its own technique or task."""
from kg.extract import extract_text
from kg.extract.lexicon import list_only_data_names


def _types(text):
    return {m.text: m.type for m in extract_text(text).mentions}


def test_list_only_names_are_single_source_data_without_aliases():
    names = list_only_data_names()
    assert "SCG" in names and "MASC" in names
    assert "MMLU" not in names  # curated and in several lists


def test_paper_task_defined_by_list_only_letters_is_a_task():
    t = _types("Multimodal aspect-based sentiment classification (MASC) is an emerging task "
               "due to the growth of user content. We study MASC with images.")
    assert t["MASC"] == "Task"


def test_paper_component_defined_by_list_only_letters_is_a_method():
    t = _types("We design a guidance scheme, including a Segment-level Consistency Guidance (SCG), "
               "that lets two learning paths reinforce each other.")
    assert t["SCG"] == "Method"


def test_data_word_near_the_pair_keeps_the_data_set():
    t = _types("Results on the Mandibular Molar Landmark (MML) dental CT dataset show a low error.")
    assert t["MML"] == "Dataset"


def test_lexicon_task_long_form_decides_list_only_letters():
    ms = extract_text("Online Action Detection (OAD) detects actions in streaming videos. "
                      "Existing OAD methods model past frames.").mentions
    oad = [m for m in ms if m.text == "OAD"]
    assert len(oad) == 2 and all(m.type == "Task" and m.entity_id == "online-action-detection" for m in oad)


def test_own_method_defined_by_list_only_letters_takes_its_long_form():
    ms = extract_text("In this paper, we introduce Self-sUpervised Direct preference Optimization (SUDO), "
                      "a novel paradigm for image quality. SUDO improves both.").mentions
    sudo = [m for m in ms if m.text == "SUDO"]
    assert sudo and all(m.type == "Method" for m in sudo)
    assert len({m.entity_id for m in ms if m.text == "SUDO" or m.text.startswith("Self-sUp")}) == 1


def test_known_data_long_form_keeps_its_short_form():
    t = _types("We expand the Korean Universal Dependencies (UD) treebank with new annotated sentences.")
    assert t["Universal Dependencies"] == "Dataset"


def test_task_letters_given_a_value_are_the_metric_they_spell():
    ms = extract_text("The baseline attack achieves an ASR of over 90% on the specified tasks. "
                      "However, its ASR reaches only 37.61% across six tasks.").mentions
    asr = [m for m in ms if m.text == "ASR"]
    assert len(asr) == 2 and all(m.type == "Metric" and m.entity_id == "attack-success-rate" for m in asr)


def test_task_letters_without_a_value_stay_the_task():
    t = _types("We fine-tune Whisper for ASR in low-resource languages with 50 hours of speech.")
    assert t["ASR"] == "Task"


def _texts(text):
    return [m.text for m in extract_text(text).mentions]


def test_hyphenated_release_variant_joins_the_model_name():
    ms = extract_text("Our trained model consistently surpasses o3-mini-high and o1 on puzzle reasoning.").mentions
    o3 = [m for m in ms if m.text.startswith("o3")]
    assert [m.text for m in o3] == ["o3-mini-high"] and o3[0].entity_id == "o-3"


def test_hyphenated_size_and_variant_join_the_model_name():
    names = _texts("The system utilizes Llama 3.2-3B-Instruct and Gemini 2.0 Flash-Thinking as its foundation.")
    assert "Llama 3.2-3B-Instruct" in names and "Gemini 2.0 Flash-Thinking" in names


def test_hyphenated_use_of_a_model_is_no_variant():
    names = _texts("We reach GPT-4o-level performance with a SAM-based encoder.")
    assert "GPT-4o-level" not in names and not any(n.startswith("SAM-") for n in names)


def test_names_counted_as_datasets_by_their_appositive_are_data():
    t = _types("To address these issues, we introduce PolarNS and PolarBurstSR, two innovative datasets "
               "developed specifically for polarization imaging.")
    assert t["PolarNS"] == "Dataset" and t["PolarBurstSR"] == "Dataset"


def test_names_counted_as_models_stay_methods():
    t = _types("We introduce PolarNet and BurstFormer, two lightweight networks trained on public datasets.")
    assert t.get("PolarNet") != "Dataset"


def test_vehicle_pairs_are_no_methods():
    t = _types("Autonomous Vehicles (AVs) rely on object detection to interpret their surroundings. "
               "AVs often miss rare failure modes.")
    assert "AVs" not in t and "Autonomous Vehicles" not in t and t.get("object detection") == "Task"


def test_vehicle_word_inside_a_method_name_stays():
    t = _types("We propose Vehicle Re-identification Transformer (VRT), a framework for matching cars.")
    assert t.get("VRT") == "Method"
