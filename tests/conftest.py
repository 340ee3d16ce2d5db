"""Shared fixtures: a small hand-made knowledge graph that needs no extractor.

The papers and sentences are adapted from abstracts in seeds/ (a public listing page
of arXiv abstracts); mentions are placed by hand so graph, RDF, table and viz tests
do not depend on extraction quality.
"""

from __future__ import annotations

import re

import pytest

from kg.graph import build_graph
from kg.model import DocExtraction, Mention, Paper, Relation, Result

_PAPERS = [
    (
        "arXiv:2503.06749",
        "Vision-R1: Incentivizing Reasoning Capability in Multimodal Large Language Models",
        "We propose Vision-R1, trained with GRPO. Vision-R1-7B achieves 73.5% accuracy on MathVista.",
        "2025-03-10",
        ["Wenxuan Huang", "Bohan Jia"],
        [("Vision-R1", "Model", "vision-r1"), ("GRPO", "Method", "grpo"),
         ("Vision-R1-7B", "Model", "vision-r1-7b"), ("accuracy", "Metric", "accuracy"),
         ("MathVista", "Benchmark", "mathvista")],
    ),
    (
        "arXiv:2306.02707",
        "Orca: Progressive Learning from Complex Explanation Traces of GPT-4",
        "Orca learns from GPT-4 explanation traces. Orca surpasses Vicuna-13B by more than 100% on BBH.",
        "2023-06-05",
        ["Subhabrata Mukherjee"],
        [("Orca", "Model", "orca"), ("GPT-4", "Model", "gpt-4"), ("Orca", "Model", "orca"),
         ("Vicuna-13B", "Model", "vicuna-13b"), ("BBH", "Benchmark", "bbh")],
    ),
    (
        "h0123456789abcdef",
        "SaRA: High-Efficient Diffusion Model Fine-tuning with Progressive Sparse Low-Rank Adaptation",
        "We propose SaRA, which improves on LoRA for fine-tuning diffusion models <b>&amp; \"quotes\"</b>.",
        None,
        [],
        [("SaRA", "Method", "sara"), ("LoRA", "Method", "lora")],
    ),
]


def _make(paper_id, title, abstract, date, authors, names):
    paper = Paper(id=paper_id, title=title, abstract=abstract, date=date,
                  date_precision="day" if date else None, authors=authors)
    text = paper.text
    sentences = [(m.start(), m.end()) for m in re.finditer(r"\S.*?(?:\.(?= |$)|(?=\n)|$)", text)]
    mentions, cursor = [], 0
    for surface, etype, eid in names:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        sent = next(i for i, (s, e) in enumerate(sentences) if s <= start < e)
        mentions.append(Mention(start, cursor, surface, etype, eid, surface, sent, "fixture"))
    return paper, DocExtraction(paper_id, text, sentences, mentions)


@pytest.fixture
def sample_docs():
    """Three papers with hand-placed mentions, relations and one result."""
    built = [_make(*spec) for spec in _PAPERS]
    (_, vision), (_, orca), (_, sara) = built
    vision.relations = [Relation("proposes", None, 0, 1, "we_propose", 0.9),
                        Relation("evaluatedOn", 2, 4, 2, "on_benchmark", 0.8)]
    vision.results = [Result(2, 4, 3, 73.5, "%", 2, "73.5%")]
    orca.relations = [Relation("outperforms", 2, 3, 2, "surpasses", 0.85),
                      Relation("evaluatedOn", 2, 4, 2, "on_benchmark", 0.7)]
    sara.relations = [Relation("proposes", None, 0, 1, "we_propose", 0.9),
                      Relation("basedOn", 0, 1, 1, "improves_on", 0.6)]
    return built


@pytest.fixture
def sample_graph(sample_docs):
    """The knowledge graph of :func:`sample_docs`."""
    papers = [p for p, _ in sample_docs]
    docs = [d for _, d in sample_docs]
    return build_graph(papers, docs, families={"vision-r1-7b": ("vision-r1", "Vision-R1")})
