"""The fifteenth session's speed changes to the resolver give what the code they replace gave.

Each test runs the new code and the old one (kept here as the reference) on tricky inputs.
"""

from __future__ import annotations

from bisect import bisect_right

import pytest

from kg.extract import resolve as R


def _old_last_data_word_start(text: str, name_start: int) -> int:
    """The search the resolver made before: every stem over the whole text, then a bisection."""
    starts = []
    for stem in ("ataset", "enchmark", "orpor", "orpus"):
        i = text.find(stem)
        while i > 0:
            starts.append(i - 1)
            i = text.find(stem, i + 1)
    starts.sort()
    i = bisect_right(starts, name_start - 2) - 1
    if i < 0 or starts[i] < name_start - 120:
        return -1
    return starts[i]


_DATA_TEXTS = [
    "on two datasets, FooSet and BarSet",
    "datasets such as FooSet",  # a stem at the text's second character
    "ataset FooSet and the datasets A, B",  # a stem that opens the text counts nowhere
    "Benchmark: FooBench. We use the corpora CorpA and the corpus CorpB (Datasets: X, Y).",
    "the Benchmarks" + " padding" * 20 + " FooSet after a long gap",
    "dataset" * 40,
    "a benchmarkbenchmark FooNet, corporacorpus Z",
    "datasets\u00e9\u00e9 \u00fcber FooSet (non-ASCII text)",
    "",
    "x",
]


@pytest.mark.parametrize("text", _DATA_TEXTS)
def test_last_data_word_start_as_the_whole_text_search(text):
    for name_start in range(-2, len(text) + 12):
        assert R._last_data_word_start(text, name_start - 2, 118) == _old_last_data_word_start(text, name_start), \
            (text, name_start)


#: texts where shape names share their spans with lexicon names, abbreviations, cue and title
#: names, with and without a head or a "3D" that step 3b reads
_TWIN_TEXTS = [
    "FooBench: A Benchmark for LLM Agents\n\nWe introduce FooBench, a benchmark. Large Language Models "
    "(LLMs) fail on FooBench; the FooBench dataset and the LLM dataset are public. LLM task results "
    "on MMLU, FooQA and GSM8K datasets, and the 3D LLM and 3D ViT-Base models.",
    "We propose Vision Transformer Adapters (ViTA), evaluated on the ViTA benchmark, on ImageNet-1K "
    "and on the ViTA. ViTA outperforms ViT, CLIP and DINOv2 on COCO, LVIS and ADE20K benchmarks.",
    "Retrieval-Augmented Generation (RAG) with GPT-4o, GPT-4o-mini and Llama-3-8B on the RAG task; "
    "RAG, FiD and REALM models; 4D RAG and 2D RAG; the FooRAG corpus.",
    "Named Entity Recognition (NER) on CoNLL-2003 and OntoNotes: the NER task, NER datasets, "
    "FooNER and BarNER (our models), and the CoNLL test set.",
]


def test_twin_skip_changes_no_output(monkeypatch):
    from kg.extract import _extract_texts, build_nlp

    nlp = build_nlp()
    items = [(str(i), t) for i, t in enumerate(_TWIN_TEXTS)]
    skipped = [e.to_dict() for e in _extract_texts(items, nlp, 8)]
    monkeypatch.setattr(R, "_loses_to_twin", lambda text, c, by_end: False)
    typed = [e.to_dict() for e in _extract_texts(items, nlp, 8)]
    assert skipped == typed
