"""Generic qualifiers are cut from descriptive phrases; qualifier + generic head is no entity (kg.extract.generic)."""

from __future__ import annotations

from kg.extract import extract_text


def _mentions(text: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in extract_text(text).mentions}


def test_qualifier_and_generic_head_is_no_entity():
    found = _mentions("We propose a training-free framework. A detailed analysis of open-source models "
                      "and pre-trained models follows, with quantitative metrics.")
    for generic in ("training-free framework", "detailed analysis", "open-source models",
                    "pre-trained models", "quantitative metrics"):
        assert generic not in found


def test_qualifiers_are_cut_from_names():
    found = _mentions("We fine-tune a pre-trained diffusion model and a lightweight vision transformer.")
    assert found["diffusion model"] == "diffusion-model"
    assert found["vision transformer"] == "vit"  # the lexicon's entity, not a phrase of its own
    assert not any(t.startswith(("pre-trained", "lightweight")) for t in found)


def test_names_found_otherwise_stay_whole():
    # a lexicon or cue name is never cut, even when it starts with a qualifier word
    found = _mentions("We propose Efficient Sparse Attention (ESA). The Base Model Benchmark is used.")
    assert "Efficient Sparse Attention" in found
    assert found["Efficient Sparse Attention"] == found["ESA"]


def test_a_method_for_x_is_no_entity_but_classes_of_methods_stay():
    found = _mentions("Unlike detection methods and diffusion-based methods, our sampling strategy "
                      "uses kernel methods.")
    assert not {"detection methods", "diffusion-based methods", "sampling strategy"} & set(found)
    assert "kernel methods" in found


def test_a_language_is_no_dataset():
    found = _mentions("We build English datasets and a Chinese benchmark from the ImageNet dataset.")
    assert not any(t.startswith(("English", "Chinese")) for t in found)
    assert "ImageNet dataset" in found


def test_a_quality_of_training_or_inference_is_no_method():
    found = _mentions("It enables faster inference, real-time inference and cost-effective training "
                      "with a reliable framework, unlike adversarial training.")
    assert not {"faster inference", "real-time inference", "cost-effective training", "reliable framework"} & set(found)
    assert "adversarial training" in found


def test_stable_diffusion_keeps_its_name_and_kl_is_one_entity():
    found = _mentions("A stable diffusion model minimises the KL divergence; the KL term and the "
                      "Kullback-Leibler divergence are one thing.")
    assert "diffusion model" not in found  # (not cut to the generic class)
    assert found["KL divergence"] == found["KL"] == found["Kullback-Leibler divergence"] == "kl-divergence"


def test_what_is_left_after_a_qualifier_is_judged_like_any_phrase():
    found = _mentions("We compare complementary estimation methods and compared methods with a novel "
                      "attention mechanism and complementary metrics.")
    assert not {"estimation methods", "complementary estimation methods", "compared methods",
                "complementary metrics"} & set(found)
    assert found["attention mechanism"] == "attention-mechanism"  # a name, not a method for X


def test_how_well_something_is_understood_is_no_task():
    found = _mentions("This gives a nuanced understanding and a theoretical understanding of scene "
                      "understanding, with an experimental analysis.")
    assert not {"nuanced understanding", "theoretical understanding", "experimental analysis"} & set(found)
    assert "scene understanding" in found


def test_established_tested_and_selected_are_qualifiers():
    text = ("Compared with established methods and the tested models, the selected model and a combined "
            "approach improve established image retrieval baselines, like representative methods, mainstream "
            "approaches and a pivotal technique.")
    got = set(_mentions(text))
    assert not any(t.split()[0] in ("established", "tested", "selected", "combined", "representative", "mainstream",
                                    "pivotal") for t in got), got
    assert "image retrieval" in got


def test_a_descriptive_adjective_and_a_generic_head_is_no_entity():
    found = _mentions("Earlier computational approaches lacked a technical framework; our two-stage framework "
                      "replaces a transformative approach and multimodal architectures.")
    for generic in ("computational approaches", "technical framework", "two-stage framework",
                    "transformative approach", "multimodal architectures"):
        assert generic not in found


def test_descriptive_adjectives_leave_longer_names_and_classes_alone():
    # near misses: a technical word after the adjective, a count that is no count, a class of models
    found = _mentions("We study mathematical reasoning with targeted attack methods, multi-step inference "
                      "and multimodal models.")
    assert "mathematical reasoning" in found
    assert "targeted attack methods" in found
    assert "multi-step inference" in found
    assert "multimodal models" in found


def test_a_method_for_x_opening_a_sentence_is_no_entity():
    found = _mentions("Reduction strategy matters. We compare Euler-based methods with Rule-based methods.")
    assert "Reduction strategy" not in found
    assert "Euler-based methods" in found  # near miss: a capitalised name inside the sentence


def test_what_was_done_to_a_model_names_no_model():
    found = _mentions("We compare distilled models, quantized models and a compact model with the teacher model.")
    assert not {"distilled models", "quantized models", "compact model"} & set(found)
    assert "teacher model" not in found  # a role in distillation: no entity either since the ninth session


def test_a_field_or_attack_before_a_generic_head_is_no_entity():
    found = _mentions("Prior computer vision techniques and artificial intelligence models fail, and "
                      "existing attack methods and attack frameworks are easy to detect.")
    assert not {"computer vision techniques", "artificial intelligence models", "attack methods",
                "attack frameworks"} & set(found)


def test_artificial_intelligence_generated_images_keep_their_agent():
    found = _mentions("We study Artificial Intelligence Generated Image Detection on new data.")
    assert not any(t.startswith("Generated") for t in found)


def test_a_dimension_before_a_generic_head_is_no_entity():
    found = _mentions("We render a 3D model into images and compare 2D methods with large 3D models. "
                      "It improves 3D understanding and 3D reconstruction.")
    for generic in ("3D model", "2D methods", "3D models"):
        assert generic not in found
    assert "3D understanding" in found


def test_what_a_method_attends_to_before_a_vague_head_is_no_entity():
    found = _mentions("We propose a frequency-aware framework and compare data-centric approaches with "
                      "text-guided methods. An Uncertainty-Aware Framework follows. We train physics-informed "
                      "neural networks with retrieval-augmented generation.")
    for generic in ("frequency-aware framework", "data-centric approaches", "text-guided methods",
                    "Uncertainty-Aware Framework"):
        assert generic not in found
    assert "retrieval-augmented generation" in found


def test_a_manner_word_before_a_vague_head_names_no_method():
    """"a modular framework", "zero-shot approaches", "a coarse-to-fine strategy" say how a method
    works, not which; "ensemble methods" and "a teacher-student framework" are paradigms."""
    text = ("We present a modular framework and compare zero-shot approaches with a coarse-to-fine strategy, "
            "ensemble methods and a teacher-student framework.")
    found = {m.text for m in extract_text(text).mentions}
    assert not found & {"modular framework", "zero-shot approaches", "coarse-to-fine strategy"}, found
    assert {"ensemble methods", "teacher-student framework"} <= found, found
