"""Names inside hyphenated names, dimension prefixes, and "built on X" (sixth session).

Every sentence is written for the test (realistic abstract prose, not taken from any
annotated evaluation set).
"""

from __future__ import annotations

from kg.extract import extract_text


def _ids(text):
    return {(m.text, m.type, m.entity_id) for m in extract_text(text).mentions}


def test_a_dimension_that_names_another_method_makes_its_own_entity():
    got = _ids("We render with 2D Gaussian Splatting (2DGS) rather than 3D Gaussian Splatting.")
    assert ("2D Gaussian Splatting", "Method", "2d-gaussian-splatting") in got
    assert ("2DGS", "Method", "2d-gaussian-splatting") in got
    assert ("3D Gaussian Splatting", "Method", "3d-gaussian-splatting") in got
    got = _ids("Unlike 4D Gaussian Splatting, our method needs no deformation field.")
    assert ("4D Gaussian Splatting", "Method", "4d-gaussian-splatting") in got


def test_a_dimension_before_a_dimensionless_method_names_a_kind_of_its_own():
    # (a "3D CNN" or "3D LLM" is not an alias of CNN or LLM: merged, their spellings filled the
    # aliases of the most-mentioned entities and hid the kind's own trend)
    got = _ids("We train 3D CNNs and a 2D U-Net on the volumes, unlike 3D LLMs. A CNN and an LLM ...")
    assert ("3D CNNs", "Method", "3d-convolutional-neural-network") in got
    assert ("2D U-Net", "Method", "2d-u-net") in got
    assert ("3D LLMs", "Method", "3d-llm") in got
    assert {("CNN", "Method", "convolutional-neural-network"), ("LLM", "Method", "llm")} <= got
    # spelled with a hyphen or in full, the kind is the same entity
    got = _ids("We train a 3D-CNN. The 3D convolutional neural network ...")
    assert {eid for t, _, eid in got if t.startswith("3D")} == {"3d-convolutional-neural-network"}
    # "4D" only takes part in the dimension-named family above
    assert not any(t.startswith("4D") for t, _, _ in _ids("A 4D CNN encodes the sequence."))


def test_a_mixed_case_method_name_ends_a_coined_compound():
    got = _ids("We compare with Mip-NeRF and Zip-NeRF, and replace the UNet by Swin-UNet.")
    assert {("Mip-NeRF", "Method", "mip-nerf"), ("Zip-NeRF", "Method", "zip-nerf"),
            ("Swin-UNet", "Method", "swin-unet")} <= got
    assert not any(eid == "nerf" for _, _, eid in got)


def test_acronyms_and_common_words_after_a_hyphen_stay_themselves():
    got = _ids("A Multi-LLM debate improves Self-Attention maps.")
    assert ("LLM", "Method", "llm") in got
    assert not any(t.startswith(("Multi-", "Self-")) and "Attention" not in t for t, _, _ in got)
    # a dimension before the hyphen is no capitalised word of a compound
    assert all(eid != "d-dpo" for _, _, eid in _ids("We propose 2D-DPO for preference learning."))


def test_a_variant_of_a_known_model_stays_a_model_after_on():
    got = _ids("We build on Tiny-LLaMA and Med-PaLM.")
    assert {("Tiny-LLaMA", "Model"), ("Med-PaLM", "Model")} <= {(t, ty) for t, ty, _ in got}


def test_what_a_system_is_built_on_is_no_dataset():
    for sentence in ("Our approach is built on FooNet.", "The planner is based on FooNet.",
                     "Our agent relies on FooNet for perception."):
        assert ("FooNet", "Dataset") not in {(t, ty) for t, ty, _ in _ids(sentence)}, sentence
    # what a model is trained or evaluated on still is
    assert ("FooBench", "Benchmark") in {(t, ty) for t, ty, _ in _ids("Experiments on FooBench show gains.")}
    assert ("FooCorpus", "Dataset") in {(t, ty) for t, ty, _ in _ids("We train it on FooCorpus.")}


def test_an_unknown_acronym_with_a_measured_value_is_a_metric():
    got = {(t, ty) for t, ty, _ in _ids("It reaches Dice scores of 83.68% with RVDs of 1.68, an ICC of 0.91 and PPV = 87%.")}
    assert {("RVDs", "Metric"), ("ICC", "Metric"), ("PPV", "Metric")} <= got
    # a count is no value: "FRN of 7 layers" stays what its shape says
    assert ("FRN", "Metric") not in {(t, ty) for t, ty, _ in _ids("We stack an FRN of 7 layers.")}


def test_augment_and_enrich_are_verbs_not_modifiers():
    got = {t for t, _, _ in _ids("Synthetic scans augment deep learning pipelines and enrich semantic understanding.")}
    assert not any(t.lower().startswith(("augment", "enrich")) for t in got)


def test_a_paper_defining_a_known_data_acronym_as_its_system_wins():
    got = _ids("This paper introduces a Multi-Agent System for Deep Research (MARS). MARS beats baselines.")
    assert {(t, ty) for t, ty, _ in got} == {("Multi-Agent System for Deep Research", "Method"), ("MARS", "Method")}
    assert {eid for _, _, eid in got} == {"multiagent-system-for-deep-research"}
    # the data set itself, and a data acronym whose long form names no system, stay data
    assert ("MARS", "Dataset", "mars") in _ids("We evaluate on the Motion Analysis and Re-identification Set (MARS).")
    assert ("MARS", "Dataset", "mars") in _ids("We evaluate on MARS.")
    assert ("MMLU", "Benchmark", "mmlu") in _ids("Massive Multitask Language Understanding (MMLU) is used.")


def test_more_verbs_open_no_phrase():
    for sentence, bad in (("To keep quality, we implement Low-Rank Adaptation (LoRA) technique.", "implement"),
                          ("Our method increased mapping accuracy from 56% to 72%.", "increased"),
                          ("We treat intent recognition as retrieval.", "treat")):
        got = {t.lower() for t, _, _ in _ids(sentence)}
        assert not any(t.startswith(bad) for t in got), (sentence, got)
    # "affect" as a noun names a research topic
    assert ("facial affect analysis", "Task") in {(t.lower(), ty) for t, ty, _ in _ids("We study facial affect analysis.")}


def test_splits_metrics_and_more_verbs():
    got = _ids("It reaches 80 mDice on NucFuse-test. Reports underwent radiologist verification, "
               "and we quantify model drift; such models offer stable training.")
    assert ("mDice", "Metric", "mdice") in got
    assert ("NucFuse-test", "Dataset", "nucfuse-test") in got
    assert not any(t.split()[0] in ("underwent", "quantify", "offer") for t, _, _ in got), got


def test_prepositions_open_no_phrase():
    for word in ("alongside", "amid", "atop", "underneath"):
        got = {t for t, _, _ in _ids(f"We study {word} diffusion models and {word} image segmentation.")}
        assert not any(t.lower().startswith(word) for t in got), (word, got)


def test_yet_advance_and_evaluative_adjectives_open_no_phrase():
    got = {t for t, _, _ in _ids("A simple yet RGB-based method helps to advance medical image segmentation, "
                                 "beating comparable methods despite insufficient training memory.")}
    assert not any(t.split()[0].lower() in ("yet", "advance", "comparable", "insufficient") for t in got), got
    assert "medical image segmentation" in got


def test_adjectival_ing_words_open_phrases():
    got = {t for t, _, _ in _ids("Gaze tracking with a Spiking Neural Network, a gating network and a "
                                 "sliding window strategy.")}
    assert {"Spiking Neural Network", "gating network", "sliding window strategy"} <= got, got
