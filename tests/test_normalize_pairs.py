"""entity_id must merge spelling variants of one thing and keep near misses apart.

Pairs written by hand from ML naming conventions (not taken from any eval file).
"""

from __future__ import annotations

import pytest

from kg.extract.normalize import canonical_label, entity_id, family

MERGE = [
    ("Llama-3-8B", "LLaMA 3 8B"), ("Llama-3-8B", "llama3-8b"), ("GPT-4", "gpt-4"), ("GPT-4", "GPT4"),
    ("GPT-4o", "gpt4o"), ("GPT-4o mini", "GPT-4o-mini"), ("Qwen2.5-VL-7B", "qwen2.5-vl-7b"),
    ("Qwen2.5-VL-7B", "Qwen 2.5 VL 7B"), ("ResNet-50", "ResNet50"), ("ResNet-50", "resnet 50"),
    ("OPT-2.7B", "opt-2.7b"), ("Vicuna-13B", "vicuna 13b"), ("Llama2-70b", "Llama-2-70B"),
    ("Llama2-70b", "LLaMA 2 70B"), ("Mistral-7B", "mistral 7B"), ("BERT-base", "BERT base"),
    ("BERT", "bert"), ("T5-large", "t5 large"), ("ViT-B/16", "ViT-B-16"), ("CLIP ViT-L/14", "CLIP-ViT-L-14"),
    ("YOLOv8", "YOLO-v8"), ("MobileNetV3", "MobileNet-V3"), ("EfficientNet-B0", "EfficientNet B0"),
    ("CIFAR-10", "cifar10"), ("CIFAR-100", "CIFAR 100"), ("ImageNet-1K", "ImageNet 1k"),
    ("MS-COCO", "MSCOCO"), ("MS-COCO", "MS COCO"), ("GSM8K", "gsm8k"), ("GSM8K", "GSM-8K"),
    ("MathVista", "mathvista"), ("BLEU-4", "BLEU4"), ("F1-score", "F1 score"), ("top-1 accuracy", "Top-1 Accuracy"),
    ("LLMs", "LLM"), ("CNNs", "CNN"), ("MLLMs", "MLLM"), ("ViTs", "ViT"), ("GANs", "GAN"),
    ("large language models", "large language model"), ("graph neural networks", "graph neural network"),
    ("diffusion models", "Diffusion Model"), ("pre-training", "pretraining"), ("pre-training", "pre training"),
    ("fine-tuning", "finetuning"), ("fine-tuning", "fine tuning"), ("self-attention", "self attention"),
    ("multi-task learning", "multitask learning"), ("text-to-image generation", "text to image generation"),
    ("image editing", "Image Editing"), ("knowledge distillation", "Knowledge-Distillation"),
    ("the CIFAR-10 dataset", "CIFAR-10"), ("Europarl corpus", "Europarl"), ("NER task", "NER"),
    ("semi-supervised learning", "semisupervised learning"), ("non-autoregressive", "nonautoregressive"),
    ("Stable Diffusion XL", "stable-diffusion-xl"), ("DeepSeek-R1", "deepseek r1"), ("Gemma-2 9B", "gemma-2-9b"),
    ("Claude 3.5 Sonnet", "claude-3.5-sonnet"), ("Phi-3-mini", "phi 3 mini"), ("LLaMA's", "LLaMA"),
]

APART = [
    ("GPT-4", "GPT-4o"), ("GPT-4", "GPT-4V"), ("GPT-4o", "GPT-4o mini"), ("GPT-3.5", "GPT-3"),
    ("GPT-3.5 Turbo", "GPT-3.5"), ("CIFAR-10", "CIFAR-100"), ("CIFAR-10", "CIFAR-10-C"), ("ResNet-18", "ResNet-50"),
    ("ResNet-50", "ResNet-152"), ("ResNet-50", "ResNeXt-50"), ("Llama 2", "Llama 3"), ("Llama 3", "Llama 3.1"),
    ("Llama-3-8B", "Llama-3-70B"), ("Llama-3-8B", "Llama-3-8B-Instruct"), ("BLEU", "BLEURT"), ("BLEU", "BLEU-4"),
    ("MATH", "MathVista"), ("MATH", "MATH-500"), ("GSM8K", "GSM-Plus"), ("ImageNet", "ImageNet-1K"),
    ("ImageNet", "ImageNet-R"), ("ImageNet", "Tiny ImageNet"), ("COCO", "COCO-Stuff"), ("MMLU", "MMLU-Pro"),
    ("Qwen2", "Qwen2.5"), ("Qwen2.5-7B", "Qwen2.5-VL-7B"), ("Qwen2.5-VL-7B", "Qwen2.5-VL-72B"),
    ("BERT", "RoBERTa"), ("BERT", "ALBERT"), ("BERT-base", "BERT-large"), ("T5", "mT5"), ("T5", "T5-large"),
    ("ViT-B/16", "ViT-B/32"), ("ViT-B/16", "ViT-L/16"), ("CLIP", "BLIP"), ("BLIP", "BLIP-2"), ("SAM", "SAM 2"),
    ("YOLOv5", "YOLOv8"), ("MobileNetV2", "MobileNetV3"), ("EfficientNet-B0", "EfficientNet-B7"),
    ("Stable Diffusion 1.5", "Stable Diffusion 2.1"), ("SDXL", "SD"), ("DPO", "PPO"), ("GRPO", "PPO"),
    ("LoRA", "QLoRA"), ("LoRA", "DoRA"), ("RLHF", "RLAIF"), ("ROUGE-1", "ROUGE-L"), ("ROUGE-1", "ROUGE-2"),
    ("F1", "F1@5"), ("top-1 accuracy", "top-5 accuracy"), ("FID", "FVD"), ("SSIM", "MS-SSIM"),
    ("Vicuna-7B", "Vicuna-13B"), ("OPT-1.3B", "OPT-13B"), ("Gemma 2", "Gemma 3"), ("Claude 3 Opus", "Claude 3.5 Sonnet"),
    ("DeepSeek-V3", "DeepSeek-R1"), ("Mistral-7B", "Mixtral-8x7B"), ("WMT14", "WMT16"), ("SQuAD", "SQuAD 2.0"),
    ("ILLUME", "ILLUME+"), ("C++", "C"),
]


def test_enough_pairs():
    assert len(MERGE) >= 60 and len(APART) >= 60


@pytest.mark.parametrize("a,b", MERGE)
def test_merge(a, b):
    assert entity_id(a, "Model") == entity_id(b, "Model")


@pytest.mark.parametrize("a,b", APART)
def test_apart(a, b):
    assert entity_id(a, "Model") != entity_id(b, "Model")


def test_ids_are_readable_slugs():
    for a, _ in MERGE + APART:
        i = entity_id(a, "Model")
        assert i and i == i.lower() and " " not in i


def test_alias_map_links_abbreviation_and_full_form():
    aliases = {"low-rank-adaptation": "LoRA", "lora": "LoRA"}
    assert entity_id("Low-Rank Adaptation", "Method", aliases=aliases) == entity_id("LoRA", "Method", aliases=aliases)


@pytest.mark.parametrize("label,fam", [
    ("Llama-3-8B-Instruct", "Llama 3"), ("ResNet-50", "ResNet"), ("Qwen2.5-VL-7B", "Qwen2.5-VL"),
    ("Vicuna-13B", "Vicuna"), ("OPT-2.7B", "OPT"), ("Llama2-70b", "Llama 2"), ("GPT-4o mini", "GPT-4o"),
    ("Mistral-7B-Instruct", "Mistral"), ("Mistral-7B-Instruct-v0.2", "Mistral"), ("ViT-L", "ViT"),
    ("Llama-2-7b-chat-hf", "Llama 2"), ("YOLOv12-S", "YOLOv12"), ("Claude-3.5-Sonnet", "Claude-3.5"), ("BERT-base", "BERT"),
])
def test_family(label, fam):
    assert family(label, "Model") == fam


def test_family_none():
    assert family("BERT", "Model") is None and family("image editing", "Task") is None
    assert family("Llama 3", "Model") is None


@pytest.mark.parametrize("label", ["fine-tuning", "pre-training", "self-distillation", "Once-for-All", "PS-KD",
                                   "CROWN-IBP", "YOLO-World", "Stable-Diffusion-XL"])
def test_family_none_for_hyphenated_names(label):
    """A hyphenated name is not a variant of its first word ("fine-tuning" is not in a family "fine")."""
    assert family(label, "Method") is None and family(label, "Model") is None


def test_canonical_label():
    assert canonical_label("the LLMs") == "LLM"
    assert canonical_label("the Europarl corpus") == "Europarl"
