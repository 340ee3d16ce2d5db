"""The seed listing page (seeds/000_1e20c9cb9df3eab3.txt): names a reader expects kg to find."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import extract_papers

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_1e20c9cb9df3eab3.txt"

EXPECTED = {
    "Method": ["GRPO", "LoRA", "DPO", "RLHF", "MCTS"],
    "Model": ["Llama2-70b", "Llama3-8b-instruct", "GPT-4", "Vicuna-13B", "SDXL", "ResNet-50", "MobileNetV3",
              "LLaVA"],
    "Benchmark": ["MathVista", "GSM8K", "BBH", "GenEval", "AGIEval"],
    "Dataset": ["CIFAR-10", "ImageNet", "MS-COCO", "TinyImageNet"],
    "Metric": ["FID", "CLIP score", "accuracy"],
    "Task": ["image editing", "text-to-image generation", "continual learning", "federated learning"],
}
NEVER = {"approach", "method", "methods", "model", "models", "framework", "it", "this paper", "task", "system",
         "results"}


def _papers():
    try:
        from kg.ingest import read_papers
    except ImportError:  # pragma: no cover - ingest not installed
        read_papers = None
    if read_papers is not None:
        return list(read_papers(SEED))
    from kg.model import Paper  # pragma: no cover

    blocks = [b.strip() for b in SEED.read_text().split("\n\n") if b.strip()]
    return [Paper(id=str(i), title=t, abstract=a) for i, (t, a) in enumerate(zip(blocks[::2], blocks[1::2]))]


@pytest.fixture(scope="module")
def seed_mentions():
    found: dict[str, set[str]] = {}
    surfaces = set()
    for ex in extract_papers(_papers()):
        for m in ex.mentions:
            assert ex.text[m.start:m.end] == m.text
            # a mention may keep its generic head ("the MathVista benchmark"); its label does not
            found.setdefault(m.text.lower(), set()).add(m.type)
            found.setdefault(m.label.lower(), set()).add(m.type)
            surfaces.add(m.text.lower())
    return found, surfaces


@pytest.mark.parametrize("type_,name", [(t, n) for t, names in EXPECTED.items() for n in names])
def test_seed_finds(seed_mentions, type_, name):
    found, _ = seed_mentions
    assert name.lower() in found, f"{name} not found"
    assert type_ in found[name.lower()], f"{name} typed {found[name.lower()]}, expected {type_}"


def test_seed_never_generic(seed_mentions):
    _, surfaces = seed_mentions
    assert not (surfaces & NEVER), surfaces & NEVER
