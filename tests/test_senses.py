"""Acronyms defined with different meanings in different papers become different entities (kg.senses)."""

from __future__ import annotations

import csv
import json

from kg.extract import extract_papers
from kg.model import Paper
from kg.pipeline import build
from kg.senses import split_acronym_senses


def _docs(*abstracts: str):
    papers = [Paper(id=f"p{i}", title="", abstract=a) for i, a in enumerate(abstracts)]
    return list(extract_papers(papers))


def _ids(doc, text):
    return {m.entity_id for m in doc.mentions if m.text == text}


def test_each_meaning_gets_its_own_entity_and_the_common_one_keeps_the_acronym():
    docs = _docs(
        "We propose Scalable Agent Graph Exploration (SAGE), a planner. SAGE is fast.",
        "We introduce Scalable Agent Graph Explorer (SAGE) for planning. SAGE wins.",
        "We propose Scalable Agentic Graph Exploration (SAGE). SAGE scales.",
        "We propose Self-Attention Guidance for image Editing (SAGE). SAGE edits images.",
        "We compare with SAGE and find it slow.",
    )
    before = [_ids(d, "SAGE") for d in docs[:4]]
    assert all(ids == before[0] for ids in before), "one id per acronym before the pass"
    split = split_acronym_senses(docs)
    assert _ids(split[0], "SAGE") == _ids(split[1], "SAGE") == _ids(split[2], "SAGE") == before[0]
    editing = _ids(split[3], "SAGE")
    assert editing != before[0] and len(editing) == 1
    assert editing == {m.entity_id for m in split[3].mentions if m.text.startswith("Self-Attention")}
    assert _ids(split[4], "SAGE") == before[0]  # an undefined use stays with the acronym
    assert [_ids(d, "SAGE") for d in docs[:4]] == before, "the input is not modified"


def test_without_a_common_meaning_every_meaning_moves():
    docs = _docs(
        "We propose Text-Attributed Graph Learning (TAGL), a method. TAGL works.",
        "We propose Tree-Adjoining Grammar Learning (TAGL), a parser. TAGL parses.",
        "TAGL is a baseline we compare with.",
    )
    split = split_acronym_senses(docs)
    first, second, undefined = (_ids(d, "TAGL") for d in split)
    assert len({*first, *second, *undefined}) == 3


def test_one_meaning_and_lexicon_names_do_not_change():
    docs = _docs(
        "We propose Foo Bar Network (FBN), a network. FBN works.",
        "We propose the Foo-Bar Network (FBN). FBN wins.",
        "We fine-tune with Low-Rank Adaptation (LoRA). LoRA is cheap.",
        "We use Local Rank Attention (LoRA) here. LoRA helps.",
    )
    split = split_acronym_senses(docs)
    assert _ids(split[0], "FBN") == _ids(split[1], "FBN")
    assert _ids(split[2], "LoRA") == {"lora"}


def test_build_writes_both_meanings(tmp_path):
    records = [
        {"id": f"2501.0000{i}", "title": "", "abstract": a}
        for i, a in enumerate([
            "We propose Scalable Agent Graph Exploration (SAGE), a planner. SAGE is fast.",
            "We introduce Scalable Agent Graph Explorer (SAGE) for planning. SAGE wins.",
            "We propose Self-Attention Guidance for image Editing (SAGE). SAGE edits images.",
        ])
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    build([src], tmp_path / "out", html=False, trends=False)
    with open(tmp_path / "out" / "entities.csv", newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if "SAGE" in r["aliases"].split(" | ")]
    assert len(rows) == 2
    assert sorted(int(r["papers"]) for r in rows) == [1, 2]
