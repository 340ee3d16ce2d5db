"""The anchored scans of kg.extract.patterns against the plain ``finditer`` they replace.

Sentences: the seed listing page (seeds/000_1e20c9cb9df3eab3.txt, public arXiv abstracts)
and short constructed strings; plus random strings over the characters that matter.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from kg.extract.patterns import (
    _CAMEL,
    _LETTERS,
    _LETTERS_DASH,
    _MODEL,
    _camel_matches,
    _finditer_from,
    _model_matches,
    _run_start,
)

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_1e20c9cb9df3eab3.txt"

SENTENCES = [
    "We fine-tune Llama3-8b-instruct and Qwen2.5-VL-7B Instruct; GPT-4o (OpenAI) beats ResNet-50.",
    "LLaVA, DualViTok and mPLUG-Owl2 use CLIP ViT-L/14 features; see arXiv:2401.12345 or x@GPT4.org.",
    "ILLUME+: Illuminating Unified MLLM with Dual Visual Tokenization (LLMs, VLMs, top-1 on MMLU-Pro).",
]


def _texts():
    texts = SENTENCES + [SEED.read_text(encoding="utf-8")]
    rng = random.Random(5)
    alpha = "aAbBzZ09-_ .@/#+(xXlL"
    texts += ["".join(rng.choice(alpha) for _ in range(rng.randint(0, 40))) for _ in range(30000)]
    return texts


def _spans(matches):
    return [(m.span(), m.groupdict()) for m in matches]


def test_model_and_camel_scans_equal_finditer():
    for t in _texts():
        assert _spans(_model_matches(t)) == _spans(_MODEL.finditer(t)), t
        assert _spans(_camel_matches(t)) == _spans(_CAMEL.finditer(t)), t


def test_run_start():
    t = "with Qwen2.5-VL and (mPLUG-Owl2)"
    assert _run_start(t, t.index("2.5"), _LETTERS) == t.index("Qwen")
    assert _run_start(t, t.index("2)"), _LETTERS_DASH) == t.index("mPLUG")
    assert _run_start(t, 0, _LETTERS) == 0
    long = "x" * 100 + "1"
    assert _run_start(long, 100, _LETTERS) == 0  # runs longer than one 32-character step


def test_finditer_from_keeps_finditer_order_and_overlaps():
    rx = re.compile(r"(?<![\w])GPT-\d\w*")
    t = "GPT-4 and GPT-4o, not xGPT-4"
    starts = [0, 0, 10, 11, 23]  # repeats and positions inside a match are fine
    assert _spans(_finditer_from(rx, t, starts)) == _spans(rx.finditer(t))
