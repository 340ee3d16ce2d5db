"""Relation and result rules on hand-placed mentions.

Unless marked "constructed", the sentences are quoted from abstracts in
seeds/000_1e20c9cb9df3eab3.txt (a public listing page of arXiv abstracts); the
mentions are placed by hand, so these tests do not depend on the entity extractor.
"""

from __future__ import annotations

import re
import time

import pytest

from kg.evaluate_relations import split_sentences
from kg.extract.relations import extract_relations
from kg.model import DocExtraction, Mention


def make_doc(text: str, names: dict[str, str]) -> DocExtraction:
    """Every whole-word occurrence of each name becomes a mention (longest names first)."""
    sents = split_sentences(text)
    spans: list[tuple[int, int, str, str]] = []
    for surface, etype in sorted(names.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(r"(?<![\w-])" + re.escape(surface) + r"(?![\w+])", text):
            if not any(a < m.end() and m.start() < b for a, b, _, _ in spans):
                spans.append((m.start(), m.end(), surface, etype))
    spans.sort()
    mentions = []
    for a, b, surface, etype in spans:
        sent = next(i for i, (s, e) in enumerate(sents) if s <= a < e)
        mentions.append(Mention(a, b, surface, etype, surface.lower(), surface, sent, "hand"))
    return DocExtraction("p", text, sents, mentions)


def triples(doc: DocExtraction, predicate: str | None = None) -> set[tuple[str, str | None, str]]:
    rels, _ = extract_relations(doc)
    out = set()
    for r in rels:
        if predicate is None or r.predicate == predicate:
            head = None if r.head is None else doc.mentions[r.head].text
            out.add((r.predicate, head, doc.mentions[r.tail].text))
    return out


def proposed(doc: DocExtraction) -> set[str]:
    return {t for p, _, t in triples(doc, "proposes")}


# ---------------------------------------------------------------- the seed behaviours
VISION_R1 = (
    "Vision-R1: Incentivizing Reasoning Capability in Multimodal Large Language Models\n\n"
    "To address this issue, we propose the reasoning MLLM, Vision-R1, to improve multimodal reasoning "
    "capability. Vision-R1-7B achieves a 73.5% accuracy on the widely used MathVista benchmark, which is "
    "only 0.4% lower than the leading reasoning model, OpenAI O1."
)
VISION_NAMES = {"Vision-R1": "Model", "Vision-R1-7B": "Model", "MLLM": "Model", "accuracy": "Metric",
                "MathVista": "Benchmark", "OpenAI O1": "Model"}


def test_vision_r1_evaluated_on_mathvista_with_result():
    doc = make_doc(VISION_R1, VISION_NAMES)
    rels, results = extract_relations(doc)
    assert ("evaluatedOn", "Vision-R1-7B", "MathVista") in triples(doc)
    assert len(results) == 1  # "0.4% lower" is a difference, not a reported value
    r = results[0]
    assert (doc.mentions[r.subject].text, doc.mentions[r.dataset].text, doc.mentions[r.metric].text) == (
        "Vision-R1-7B", "MathVista", "accuracy")
    assert (r.value, r.unit, r.text) == (73.5, "%", "73.5%")
    assert doc.sentence_text(r.sentence).startswith("Vision-R1-7B achieves")


def test_vision_r1_proposed_by_title_and_apposition_not_its_class():
    doc = make_doc(VISION_R1, VISION_NAMES)
    assert proposed(doc) == {"Vision-R1"}
    rules = {r.rule for r in extract_relations(doc)[0] if r.predicate == "proposes"}
    assert rules == {"title_colon", "we_propose"}


def test_weak_to_strong_coordinated_datasets():
    text = ("Extensive experiments on the GSM8K and MATH datasets demonstrate that our method significantly "
            "enhances the reasoning capabilities of Llama2-70b using three separate weak models.")
    doc = make_doc(text, {"GSM8K": "Dataset", "MATH": "Dataset", "Llama2-70b": "Model"})
    tails = {t for p, _, t in triples(doc, "evaluatedOn")}
    assert tails == {"GSM8K", "MATH"}


def test_orca_outperforms_vicuna_with_evidence():
    text = ("Orca learns from rich signals from GPT-4 including explanation traces. Orca surpasses conventional "
            "state-of-the-art instruction-tuned models such as Vicuna-13B by more than 100% in complex zero-shot "
            "reasoning benchmarks like Big-Bench Hard (BBH) and 42% on AGIEval.")
    doc = make_doc(text, {"Orca": "Model", "GPT-4": "Model", "Vicuna-13B": "Model",
                          "Big-Bench Hard": "Benchmark", "BBH": "Benchmark", "AGIEval": "Benchmark"})
    rels, results = extract_relations(doc)
    wins = [r for r in rels if r.predicate == "outperforms"]
    assert [(doc.mentions[r.head].text, doc.mentions[r.tail].text) for r in wins] == [("Orca", "Vicuna-13B")]
    assert doc.sentence_text(wins[0].sentence).startswith("Orca surpasses")
    assert wins[0].rule == "outperforms" and 0 < wins[0].confidence <= 1
    assert ("evaluatedOn", "Orca", "Big-Bench Hard") in triples(doc)
    assert not results  # "by more than 100%" is an improvement


PROPOSALS = [
    # (title, sentence, hand-placed names, expected proposes)
    ("Self-Knowledge Distillation with Progressive Refinement of Targets",
     "In this work, we propose a simple yet effective regularization method named progressive "
     "self-knowledge distillation (PS-KD), which progressively distills a model's own knowledge to soften "
     "hard targets (i.e., one-hot vectors) during training.",
     {"progressive self-knowledge distillation": "Method", "PS-KD": "Method"},
     {"progressive self-knowledge distillation", "PS-KD"}),
    ("HiPA: Enabling One-Step Text-to-Image Diffusion Models via High-Frequency-Promoting Adaptation",
     "To overcome these limitations, we introduce High-frequency-Promoting Adaptation (HiPA), a "
     "parameter-efficient approach to enable one-step text-to-image diffusion.",
     {"High-frequency-Promoting Adaptation": "Method", "HiPA": "Method"},
     {"High-frequency-Promoting Adaptation", "HiPA"}),
    ("SaRA: High-Efficient Diffusion Model Fine-tuning with Progressive Sparse Low-Rank Adaptation",
     "Based on this observation, we propose a method termed SaRA that re-utilizes these temporarily "
     "ineffective parameters, equating to optimizing a sparse weight matrix to learn the task-specific knowledge.",
     {"SaRA": "Method"}, {"SaRA"}),
    ("Sparse Training via Boosting Pruning Plasticity with Neuroregeneration",
     "We design a novel gradual magnitude pruning (GMP) method, named gradual pruning with zero-cost "
     "neuroregeneration (GraNet), that advances state of the art.",
     {"gradual magnitude pruning": "Method", "GMP": "Method",
      "gradual pruning with zero-cost neuroregeneration": "Method", "GraNet": "Method"},
     {"gradual pruning with zero-cost neuroregeneration", "GraNet"}),
    ("LAPP: Layer Adaptive Progressive Pruning for Compressing CNNs from Scratch",
     "To overcome these limitations, we propose a novel framework named Layer Adaptive Progressive Pruning "
     "(LAPP), which gradually compresses the network during initial training of a few epochs from scratch.",
     {"Layer Adaptive Progressive Pruning": "Method", "LAPP": "Method", "CNNs": "Method"},
     {"Layer Adaptive Progressive Pruning", "LAPP"}),
    ("PERP: Rethinking the Prune-Retrain Paradigm in the Era of LLMs",
     "Our method, Parameter-Efficient Retraining after Pruning (PERP), drastically reduces compute and "
     "memory demands, enabling pruning and retraining of up to 30 billion parameter models on a single "
     "NVIDIA A100 GPU within minutes.",
     {"Parameter-Efficient Retraining after Pruning": "Method", "PERP": "Method", "LLMs": "Model"},
     {"Parameter-Efficient Retraining after Pruning", "PERP"}),
    ("Harmonizing Visual Representations for Unified Multimodal Understanding and Generation",
     "Based on these insights, we present Harmon, a unified autoregressive framework that harmonizes "
     "understanding and generation tasks with a shared MAR encoder.",
     {"Harmon": "Model", "MAR": "Method"}, {"Harmon"}),
    ("ILLUME+: Illuminating Unified MLLM with Dual Visual Tokenization and Diffusion Refinement",
     "We present ILLUME+ that leverages dual visual tokenization and a diffusion decoder to improve both "
     "deep semantic understanding and high-fidelity image generation.",
     {"ILLUME+": "Model", "MLLM": "Model", "image generation": "Task"}, {"ILLUME+"}),
    ("Towards Better Alignment: Training Diffusion Models with Reinforcement Learning Against Sparse Rewards",
     "To this end, this paper presents a novel RL-based framework that addresses the sparse reward problem "
     "when training diffusion models. Our framework, named B^2-DiffuRL, employs two strategies: Backward "
     "progressive training and Branch-based sampling.",
     {"RL": "Method", "B^2-DiffuRL": "Method", "Reinforcement Learning": "Method"}, {"B^2-DiffuRL"}),
    ("MLCM: Multistep Consistency Distillation of Latent Diffusion Model",
     "MLCM serves as a unified model for various sampling steps due to the promise of MCD.",
     {"MLCM": "Model", "MCD": "Method"}, {"MLCM"}),
]


@pytest.mark.parametrize("title, sentence, names, expected", PROPOSALS, ids=[sorted(p[3])[-1] for p in PROPOSALS])
def test_seed_proposals(title, sentence, names, expected):
    doc = make_doc(f"{title}\n\n{sentence}", names)
    assert proposed(doc) == expected


@pytest.mark.parametrize("title, sentence, names, expected", PROPOSALS[:-1],
                         ids=[sorted(p[3])[-1] for p in PROPOSALS[:-1]])
def test_seed_proposals_from_the_sentence_alone(title, sentence, names, expected):
    doc = make_doc(sentence, names)  # no title: the sentence cue alone must find it
    assert proposed(doc) == expected


# ---------------------------------------------------------------- other rules
def test_our_method_falls_back_to_the_proposed_entity():
    text = ("SaRA: High-Efficient Diffusion Model Fine-tuning\n\nOur method enhances the generative capabilities "
            "of pre-trained models in downstream applications and outperforms traditional fine-tuning methods "
            "like LoRA in maintaining model's generalization ability.")
    doc = make_doc(text, {"SaRA": "Method", "LoRA": "Method"})
    rels, _ = extract_relations(doc)
    win = [r for r in rels if r.predicate == "outperforms"]
    assert [(doc.mentions[r.head].text, doc.mentions[r.tail].text) for r in win] == [("SaRA", "LoRA")]
    assert win[0].sentence == 1  # the evidence is the sentence that says it, not the title


def test_compared_with_and_a_stated_winner():
    text = ("Compared with progressive distillation, HiPA achieves much better performance in one-step "
            "text-to-image generation (37.3 rightarrow 23.8 in FID-5k on MS-COCO 2017) and 28.6x training "
            "speed-up (108.8 rightarrow 3.8 A100 GPU days).")
    doc = make_doc(text, {"progressive distillation": "Method", "HiPA": "Method", "FID-5k": "Metric",
                          "one-step text-to-image generation": "Task", "MS-COCO 2017": "Dataset"})
    rels, results = extract_relations(doc)
    assert ("outperforms", "HiPA", "progressive distillation") in triples(doc)
    assert [(doc.mentions[r.subject].text, r.value, r.unit) for r in results] == [("HiPA", 28.6, "x")]


def test_parity_is_compared_with_and_builds_on_is_based_on():
    doc = make_doc("Moreover, Orca reaches parity with ChatGPT on the BBH benchmark.",
                   {"Orca": "Model", "ChatGPT": "Model", "BBH": "Benchmark"})
    assert ("comparedWith", "Orca", "ChatGPT") in triples(doc)
    assert ("evaluatedOn", "Orca", "BBH") in triples(doc)
    text = ('T\\"ULU 3, which builds on Llama 3.1 base models, achieves results surpassing the instruct versions '
            "of Llama 3.1, Qwen 2.5, Mistral, and even closed models such as GPT-4o-mini.")
    doc = make_doc(text, {'T\\"ULU 3': "Model", "Llama 3.1": "Model", "Qwen 2.5": "Model", "Mistral": "Model",
                          "GPT-4o-mini": "Model"})
    got = triples(doc)
    assert ("basedOn", 'T\\"ULU 3', "Llama 3.1") in got
    assert {("outperforms", 'T\\"ULU 3', x) for x in ("Qwen 2.5", "Mistral")} <= got


def test_distilled_from_extends_and_results_with_metric_names():
    text = ("MLCM: Multistep Consistency Distillation of Latent Diffusion Model\n\n"
            "To address these, we extend the recent multistep consistency distillation (MCD) strategy to "
            "representative LDMs. On the MSCOCO-2017 5K benchmark, MLCM distilled from SDXL gets a CLIP Score "
            "of 33.30, Aesthetic Score of 6.19, and Image Reward of 1.20 with only 4 steps, substantially "
            "surpassing 4-step LCM [23], 8-step SDXL-Lightning [17], and 8-step HyperSD [33].")
    doc = make_doc(text, {"MLCM": "Model", "MCD": "Method", "multistep consistency distillation": "Method",
                          "LDMs": "Method", "MSCOCO-2017 5K": "Benchmark", "SDXL": "Model",
                          "CLIP Score": "Metric", "Aesthetic Score": "Metric", "Image Reward": "Metric",
                          "LCM": "Model", "SDXL-Lightning": "Model", "HyperSD": "Model"})
    got = triples(doc)
    assert {("basedOn", "MLCM", "SDXL"), ("basedOn", "MLCM", "MCD"),
            ("evaluatedOn", "MLCM", "MSCOCO-2017 5K")} <= got
    assert {t for p, h, t in got if p == "outperforms" and h == "MLCM"} == {"LCM", "SDXL-Lightning", "HyperSD"}
    _, results = extract_relations(doc)
    assert [(doc.mentions[r.metric].text, r.value, doc.mentions[r.dataset].text) for r in results] == [
        ("CLIP Score", 33.3, "MSCOCO-2017 5K"), ("Aesthetic Score", 6.19, "MSCOCO-2017 5K"),
        ("Image Reward", 1.2, "MSCOCO-2017 5K")]  # "4 steps" and "4-step" are settings


def test_trained_on_and_fine_tuned_on():  # constructed
    doc = make_doc("ResNet-50 is pre-trained on ImageNet and then fine-tuned on CIFAR-10.",
                   {"ResNet-50": "Model", "ImageNet": "Dataset", "CIFAR-10": "Dataset"})
    assert triples(doc) == {("trainedOn", "ResNet-50", "ImageNet"), ("trainedOn", "ResNet-50", "CIFAR-10")}


def test_used_for_patterns():  # constructed
    doc = make_doc("We apply LoRA to image editing. DreamBooth is a method for subject-driven generation.",
                   {"LoRA": "Method", "image editing": "Task", "DreamBooth": "Method",
                    "subject-driven generation": "Task"})
    got = triples(doc, "usedFor")
    assert ("usedFor", "LoRA", "image editing") in got
    assert ("usedFor", "DreamBooth", "subject-driven generation") in got
    doc = make_doc("Models like Chameleon and EMU3 utilize VQGAN for image discretization.",  # seed
                   {"Chameleon": "Model", "EMU3": "Model", "VQGAN": "Method", "image discretization": "Task"})
    assert triples(doc, "usedFor") == {("usedFor", "VQGAN", "image discretization")}


def test_result_formats():  # constructed
    doc = make_doc("We propose KD-X. KD-X achieves an F1 of 0.82 on SQuAD and an FID of 7.3 on FFHQ, and it is "
                   "2.3x faster than LoRA.",
                   {"KD-X": "Method", "F1": "Metric", "FID": "Metric", "SQuAD": "Dataset", "FFHQ": "Dataset",
                    "LoRA": "Method"})
    _, results = extract_relations(doc)
    got = [(r.value, r.unit, None if r.metric is None else doc.mentions[r.metric].text,
            None if r.dataset is None else doc.mentions[r.dataset].text, doc.mentions[r.subject].text)
           for r in results]
    assert got == [(0.82, "", "F1", "SQuAD", "KD-X"), (7.3, "", "FID", "FFHQ", "KD-X"), (2.3, "x", None, None, "KD-X")]


def test_passive_and_lagging_reverse_the_direction():  # constructed
    doc = make_doc("DreamBooth is outperformed by LoRA. Chameleon lags behind LLaVA.",
                   {"DreamBooth": "Method", "LoRA": "Method", "Chameleon": "Model", "LLaVA": "Model"})
    assert triples(doc) == {("outperforms", "LoRA", "DreamBooth"), ("outperforms", "LLaVA", "Chameleon")}


# ---------------------------------------------------------------- negatives
def test_no_relation_across_unrelated_sentences():  # constructed
    doc = make_doc("We evaluate Orca on many tasks. BBH is a hard benchmark. Vicuna-13B is another model.",
                   {"Orca": "Model", "BBH": "Benchmark", "Vicuna-13B": "Model"})
    assert triples(doc) == set()


def test_negated_comparison_gives_nothing():  # constructed
    doc = make_doc("We do not compare Orca with Vicuna-13B, and Orca is not better than GPT-4.",
                   {"Orca": "Model", "Vicuna-13B": "Model", "GPT-4": "Model"})
    assert triples(doc) == set()


def test_pronoun_subject_blocks_a_distant_object():
    text = ("Models like Chameleon and EMU3 utilize VQGAN for image discretization, due to the lack of deep "
            "semantic interaction, they lag behind specialist models like LLaVA in visual understanding tasks.")
    doc = make_doc(text, {"Chameleon": "Model", "EMU3": "Model", "VQGAN": "Method", "LLaVA": "Model"})
    assert triples(doc, "outperforms") == set()


def test_propose_to_use_and_modifier_are_not_proposals():  # constructed
    doc = make_doc("We propose to use LoRA for image editing. We present a novel RL-based framework.",
                   {"LoRA": "Method", "RL": "Method", "image editing": "Task"})
    assert proposed(doc) == set()


def test_a_known_name_before_a_method_noun_is_not_the_proposal():  # constructed
    from dataclasses import replace

    def known(doc):  # the names came from the lexicon: existing methods, not coined ones
        return replace(doc, mentions=[replace(m, source="lexicon") for m in doc.mentions])

    doc = known(make_doc("We introduce the peer knowledge distillation method with a gating mechanism. "
                         "We also design a biomechanics-aware LLM judge metric.",
                         {"knowledge distillation": "Method", "LLM": "Method"}))
    assert proposed(doc) == set()
    # a coined name before the same nouns is the proposal, and so is a known name alone
    coined = make_doc("We introduce the PeerKD method with a gating mechanism.", {"PeerKD": "Method"})
    assert proposed(coined) == {"PeerKD"}
    alone = known(make_doc("We propose knowledge distillation for detectors.", {"knowledge distillation": "Method"}))
    assert proposed(alone) == {"knowledge distillation"}


def test_a_task_before_a_data_or_method_noun_is_not_the_proposal():  # constructed
    doc = make_doc("We construct a spatio-temporal reasoning dataset. We propose a novel FSCIL framework.",
                   {"spatio-temporal reasoning": "Task", "FSCIL": "Task"})
    assert proposed(doc) == set()
    assert proposed(make_doc("We introduce a new task, trajectory captioning.", {"trajectory captioning": "Task"})) \
        == {"trajectory captioning"}


def test_what_a_comparison_is_done_with_is_not_its_subject():  # constructed
    doc = make_doc("We fine-tune open LLMs using LoRA and evaluate them, also comparing with GPT-4o.",
                   {"LLMs": "Method", "LoRA": "Method", "GPT-4o": "Model"})
    assert ("LoRA", "GPT-4o") not in {(h, t) for _, h, t in triples(doc, "comparedWith")}
    doc = make_doc("FoX incorporates a forget gate into softmax attention and has shown on-par performance "
                   "compared to the RoPE Transformer.", {"FoX": "Method", "softmax attention": "Method",
                                                         "RoPE Transformer": "Model"})
    assert triples(doc) == {("comparedWith", "FoX", "RoPE Transformer")}


def test_counts_sizes_and_years_are_not_results():
    text = ("Surprisingly, retraining as little as 0.27%-0.35% of the parameters of GPT-architectures "
            "(OPT-2.7B/6.7B/13B/30B) achieves comparable performance to One Shot IMP across various sparsity "
            "levels. We train on 8 GPUs for 3 days in 2024 with 7B parameters.")
    doc = make_doc(text, {"OPT-2.7B": "Model", "One Shot IMP": "Method"})
    assert extract_relations(doc)[1] == []


def test_empty_and_pure():
    assert extract_relations(DocExtraction("p", "", [], [])) == ([], [])
    doc = make_doc(VISION_R1, VISION_NAMES)
    before = doc.to_dict()
    first = extract_relations(doc)
    assert extract_relations(doc) == first and doc.to_dict() == before


def test_relations_are_valid_records():
    doc = make_doc(VISION_R1, VISION_NAMES)
    rels, results = extract_relations(doc)
    for r in rels:
        assert 0 <= r.sentence < len(doc.sentences) and 0 < r.confidence <= 1 and r.rule
        assert (r.head is None) == (r.predicate == "proposes")
        assert 0 <= r.tail < len(doc.mentions)


def test_cost_is_small():
    doc = make_doc(VISION_R1, VISION_NAMES)
    start = time.perf_counter()
    for _ in range(200):
        extract_relations(doc)
    assert (time.perf_counter() - start) / 200 < 0.005  # well under the 1 ms/abstract budget in practice


def test_object_word_pattern_equals_substring_tests():
    """``_OBJECT_WORD`` (one regex) against the ``any(w in s ...)`` loop it replaced, on seed text windows."""
    import random
    from pathlib import Path

    from kg.extract import relation_cues as C
    from kg.extract.relations import _OBJECT_WORD

    text = (Path(__file__).resolve().parents[2] / "seeds" / "000_1e20c9cb9df3eab3.txt").read_text(encoding="utf-8")
    rng = random.Random(4)
    windows = [text[i:i + rng.randint(0, 60)].lower() for i in range(0, len(text), 7)]
    windows += ["e.g", "eg", "i.e.", "top of", "topof", "vs", "v s", "buil", "bui", ""]
    for s in windows:
        assert (_OBJECT_WORD.search(s) is not None) == any(w in s for w in C.OBJECT_WORDS), s


# ---------------------------------------------------------------- usedFor from descriptions (constructed)
def test_an_appositive_description_of_a_method_names_its_tasks():
    doc = make_doc("We present FastPose, a fast and unified pose estimation and tracking framework, which "
                   "uses a multi-task network.",
                   {"FastPose": "Method", "pose estimation": "Task", "tracking": "Task", "multi-task network": "Method"})
    assert {("usedFor", "FastPose", "pose estimation"), ("usedFor", "FastPose", "tracking")} <= triples(doc, "usedFor")


def test_for_t_inside_an_appositive_description():
    doc = make_doc("We introduce FinBERT, a language model based on BERT for financial NLP tasks.",
                   {"FinBERT": "Model", "language model": "Method", "BERT": "Model", "NLP tasks": "Task"})
    assert ("usedFor", "FinBERT", "NLP tasks") in triples(doc, "usedFor")


def test_a_description_that_is_no_kind_of_method_names_no_use():
    doc = make_doc("We compare with GPT-4, a strong baseline on reasoning, and with Gemini.",
                   {"GPT-4": "Model", "reasoning": "Task", "Gemini": "Model"})
    assert not triples(doc, "usedFor")


def test_named_examples_of_a_tasks_methods_are_used_for_it():
    doc = make_doc("Most semantic segmentation frameworks, such as FCN, U-Net and DeepLab, adopt wide networks.",
                   {"semantic segmentation": "Task", "FCN": "Method", "U-Net": "Method", "DeepLab": "Model"})
    assert {("usedFor", m, "semantic segmentation") for m in ("FCN", "U-Net", "DeepLab")} <= triples(doc, "usedFor")


def test_a_parenthesis_in_the_object_of_outperforms_keeps_it_an_object():
    doc = make_doc("OFA consistently outperforms state-of-the-art (SOTA) NAS methods (up to 4.0% accuracy "
                   "improvement over MobileNetV3).",
                   {"OFA": "Method", "NAS": "Method", "MobileNetV3": "Model"})
    got = triples(doc, "outperforms")
    assert ("outperforms", "OFA", "MobileNetV3") in got
    assert ("outperforms", "NAS", "MobileNetV3") not in got


def _triples(text: str) -> set[tuple]:
    from kg.extract import extract_text

    ex = extract_text(text)
    return {(ex.mentions[r.head].text if r.head is not None else None, r.predicate, ex.mentions[r.tail].text)
            for r in ex.relations}


def test_a_sentence_adverb_is_no_proposed_name():
    got = _triples("Specifically, a novel feature-aware transformer is proposed for frame representation learning. "
                   "Additionally, a new loss is introduced.")
    assert not any(h in ("Specifically", "Additionally") or t in ("Specifically", "Additionally")
                   for h, _, t in got), got


def test_based_on_at_the_start_of_a_sentence_ends_its_object_at_the_comma():
    assert not any(p == "basedOn" for _, p, _ in _triples(
        "Based on extensive experiments, OutRo consistently improves MLLMs on seven video QA benchmarks."))
    got = _triples("Built on LLaMA, Mistral and Qwen, our FooNet improves reasoning.")
    assert {("FooNet", "basedOn", "LLaMA"), ("FooNet", "basedOn", "Qwen")} <= got


# ---------------------------------------------------------------- subjects and objects of a clause
def test_a_mention_before_show_that_is_not_the_subject_of_the_complement():  # constructed
    doc = make_doc("We propose FooQuant. Experiments on CNNs and ViTs show that our method outperforms "
                   "DFQ methods.", {"FooQuant": "Method", "CNNs": "Model", "ViTs": "Model", "DFQ": "Method"})
    got = triples(doc, "outperforms")
    assert ("outperforms", "FooQuant", "DFQ") in got
    assert not any(h in ("CNNs", "ViTs") for _, h, _ in got)


def test_our_model_in_apposition_names_the_mention_itself():  # constructed
    doc = make_doc("BarLM-7B, our model distilled from a 32B LLM, outperforms Qux-7B on math.",
                   {"BarLM-7B": "Model", "LLM": "Model", "Qux-7B": "Model"})
    assert {("basedOn", "BarLM-7B", "LLM"), ("outperforms", "BarLM-7B", "Qux-7B")} <= triples(doc)


def test_an_object_in_a_relative_clause_after_the_compared_phrase_is_not_compared():  # constructed
    doc = make_doc("Our study shows that ZapNet outperforms baseline methods that incorporate RA.",
                   {"ZapNet": "Model", "RA": "Method"})
    assert triples(doc, "outperforms") == set()
    doc = make_doc("FooNet achieves accuracy comparable to that of BazNet.", {"FooNet": "Model", "BazNet": "Model"})
    assert triples(doc, "comparedWith") == {("comparedWith", "FooNet", "BazNet")}


def test_a_compared_object_right_of_the_cue_is_not_the_subject():  # constructed
    doc = make_doc("This gives far fewer trainable parameters compared to LoRA and outperforms VeRA.",
                   {"LoRA": "Method", "VeRA": "Method"})
    assert triples(doc, "comparedWith") == set()


def test_what_an_experiment_runs_with_is_not_evaluated():  # constructed
    doc = make_doc("Experiments on UCF-101 with CNN and Transformer models show that FooAT improves robustness. "
                   "Tests on MPII demonstrate gains, with BarSGD achieving 78.5% PCKh.",
                   {"UCF-101": "Dataset", "CNN": "Model", "Transformer": "Model", "FooAT": "Method",
                    "MPII": "Dataset", "BarSGD": "Method"})
    got = triples(doc, "evaluatedOn")
    assert {("evaluatedOn", "FooAT", "UCF-101"), ("evaluatedOn", "BarSGD", "MPII")} <= got
    assert not any(h in ("CNN", "Transformer") for _, h, _ in got)


def test_an_adaptation_of_needs_an_article():  # constructed
    doc = make_doc("FooNet is a lightweight adaptation of SAM. BarNet enables rapid adaptation of CLIP to new domains.",
                   {"FooNet": "Model", "SAM": "Model", "CLIP": "Model", "BarNet": "Model"})
    assert triples(doc, "basedOn") == {("basedOn", "FooNet", "SAM")}


# ---------------------------------------------------------------- what "we propose" names
def test_what_a_proposal_uses_is_not_proposed():  # constructed
    doc = make_doc("We propose a method leveraging SAM and YOLO for gaze labelling. This study introduces an "
                   "approach integrating DINOv2 with LoRA.", {"SAM": "Model", "YOLO": "Model", "DINOv2": "Model",
                                                               "LoRA": "Method"})
    assert proposed(doc) == set()


def test_the_name_after_a_known_kind_is_the_proposal():  # constructed
    doc = make_doc("We present a neural network structure, FramePack, for video generation.",
                   {"neural network": "Method", "FramePack": "Method"})
    m = doc.mentions[0]
    doc.mentions[0] = Mention(m.start, m.end, m.text, m.type, m.entity_id, m.label, m.sentence, "lexicon")
    assert proposed(doc) == {"FramePack"}


def test_a_name_with_its_acronym_before_based_is_a_modifier_unless_based_on():  # constructed
    doc = make_doc("We propose a diffusion transformer (DiT) based framework, FooActor, for animation.",
                   {"diffusion transformer": "Method", "DiT": "Method", "FooActor": "Method"})
    assert proposed(doc) == {"FooActor"}
    doc = make_doc("We propose the Line Pose Graph (LPG) based on line graph theory.",
                   {"Line Pose Graph": "Method", "LPG": "Method"})
    assert proposed(doc) == {"Line Pose Graph", "LPG"}


# ---------------------------------------------------------------- usedFor
def test_a_title_names_the_task_of_its_method():  # constructed
    doc = make_doc("FooTrack: Enhancing 3D Multi-Object Tracking with Radar\n\nWe study tracking.",
                   {"FooTrack": "Method", "3D Multi-Object Tracking": "Task", "Radar": "Method"})
    assert ("usedFor", "FooTrack", "3D Multi-Object Tracking") in triples(doc, "usedFor")
    doc = make_doc("BarBench: Can Models Solve Video Question Answering?\n\nWe build a benchmark.",
                   {"BarBench": "Method", "Video Question Answering": "Task"})
    assert triples(doc, "usedFor") == set()
    doc = make_doc("BazSet: A Benchmark for Video Question Answering\n\nWe build a benchmark.",
                   {"BazSet": "Method", "Video Question Answering": "Task"})
    assert triples(doc, "usedFor") == set()


def test_a_method_that_improves_a_task_is_used_for_it():  # constructed
    doc = make_doc("FooSAM significantly improves segmentation on noisy images.",
                   {"FooSAM": "Method", "segmentation": "Task"})
    assert triples(doc, "usedFor") == {("usedFor", "FooSAM", "segmentation")}


def test_an_alias_in_parentheses_before_for_task():  # constructed
    doc = make_doc("We use foundation models (FMs) for spatial reasoning.",
                   {"foundation models": "Model", "FMs": "Model", "spatial reasoning": "Task"})
    assert {("usedFor", "FMs", "spatial reasoning"), ("usedFor", "foundation models", "spatial reasoning")} \
        <= triples(doc, "usedFor")


def test_with_x_for_task_but_not_based_on_x_for_task():  # constructed
    doc = make_doc("FooNet marries KAN with Mamba for medical image segmentation. BarLM is a language model "
                   "based on BERT for financial sentiment analysis.",
                   {"FooNet": "Method", "KAN": "Method", "Mamba": "Method", "medical image segmentation": "Task",
                    "BarLM": "Model", "BERT": "Model", "financial sentiment analysis": "Task"})
    got = triples(doc, "usedFor")
    assert ("usedFor", "Mamba", "medical image segmentation") in got
    assert ("usedFor", "BERT", "financial sentiment analysis") not in got


def test_apply_x_to_a_purpose_is_no_use_for_a_task():  # constructed
    doc = make_doc("FooRAG applies graph pruning to reduce redundant retrieval. We apply BarRL to end-to-end "
                   "autonomous driving.", {"FooRAG": "Method", "graph pruning": "Method",
                                           "redundant retrieval": "Task", "BarRL": "Method",
                                           "autonomous driving": "Task"})
    got = triples(doc, "usedFor")
    assert ("usedFor", "BarRL", "autonomous driving") in got
    assert ("usedFor", "graph pruning", "redundant retrieval") not in got


def test_commas_alone_make_no_list_of_subjects():  # constructed
    doc = make_doc("Implemented through a dynamic context mechanism, FooLong enables context compression.",
                   {"dynamic context mechanism": "Method", "FooLong": "Method", "context compression": "Task"})
    assert triples(doc, "usedFor") == {("usedFor", "FooLong", "context compression")}


# ---------------------------------------------------------------- evaluatedOn / trainedOn
def test_a_dataset_list_whose_first_item_is_no_mention():  # constructed
    doc = make_doc("Experiments on ArXiv, PubMed, and Multi-News demonstrate that FooSum improves summaries. "
                   "Tests on three datasets (Potsdam, LoveDA, and DeepGlobe) show that BarSeg is accurate. "
                   "In this work, we propose BazSet.",
                   {"PubMed": "Dataset", "Multi-News": "Dataset", "FooSum": "Method", "Potsdam": "Dataset",
                    "LoveDA": "Method", "DeepGlobe": "Dataset", "BarSeg": "Method", "BazSet": "Dataset"})
    got = triples(doc, "evaluatedOn")
    assert {("evaluatedOn", "FooSum", "PubMed"), ("evaluatedOn", "FooSum", "Multi-News"),
            ("evaluatedOn", "BarSeg", "Potsdam")} <= got
    assert not any(h == "LoveDA" or t == "BazSet" for _, h, t in got)


def test_negated_training_is_no_training():  # constructed
    doc = make_doc("Our strategy improves VQA without any task-specific fine-tuning on VidQA.",
                   {"VidQA": "Dataset"})
    doc2 = make_doc("We propose FooVL. FooVL improves VQA without any task-specific fine-tuning on VidQA.",
                    {"FooVL": "Model", "VidQA": "Dataset"})
    assert triples(doc, "trainedOn") == set() and triples(doc2, "trainedOn") == set()


# ---------------------------------------------------------------- comparison cues
def test_better_to_is_no_comparison_but_better_than_is():  # constructed
    doc = make_doc("FooMark weights the image to better adapt to the sampling of DiffNet. BarCtl is better "
                   "suited to lane keeping than BazMPC. QuxNet achieves superior accuracy compared "
                   "with ZapNet.", {"FooMark": "Method", "DiffNet": "Model", "BarCtl": "Method", "BazMPC": "Method",
                                    "QuxNet": "Model", "ZapNet": "Model"})
    got = triples(doc)
    assert ("outperforms", "FooMark", "DiffNet") not in got
    assert {("outperforms", "BarCtl", "BazMPC"), ("outperforms", "QuxNet", "ZapNet")} <= got


def test_a_known_name_with_its_acronym_before_a_method_noun_is_not_proposed():  # constructed
    names = {"Group Relative Policy Optimization": "Method", "GRPO": "Method", "PCA": "Method",
             "Super-Resolution": "Task", "MCSR": "Method"}
    doc = make_doc("We propose a Group Relative Policy Optimization (GRPO) framework with a reward model. Our "
                   "proposed PCA approach of combining word vectors works well. We propose a Modular "
                   "Multi-Contrast Super-Resolution (MCSR) framework.", names)
    for i, m in enumerate(doc.mentions):  # lexicon names; GRPO is the acronym of its long form
        if m.text != "MCSR":
            eid = "grpo" if m.text.startswith("G") else m.entity_id
            doc.mentions[i] = Mention(m.start, m.end, m.text, m.type, eid, m.label, m.sentence, "lexicon")
    got = proposed(doc)
    assert "MCSR" in got  # a new acronym makes a name, not a kind
    assert not {"GRPO", "Group Relative Policy Optimization", "PCA"} & got
