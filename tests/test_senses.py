"""Acronyms defined with different meanings in different papers become different entities (kg.senses)."""

from __future__ import annotations

import csv
import json

from kg.extract import extract_papers
from kg.model import Paper
from kg.pipeline import build
from kg.senses import merge_spelled_out, split_acronym_senses


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


def _ids_of_words(doc, words):
    return {m.entity_id for m in doc.mentions if m.text.lower().startswith(words)}


def test_an_acronym_and_its_spelled_out_name_become_one_entity():
    docs = _docs(
        "We train Quux Flow Networks (QFNs) on images. QFNs are fast.",
        "We study Quux Flow Networks (QFN) for audio. The QFN wins.",
        "We compare quux flow networks with transformers.",
    )
    acronym = _ids(docs[0], "QFNs")
    assert len(acronym) == 1 and _ids(docs[1], "QFN") == acronym
    spelled = _ids_of_words(docs[2], "quux flow")
    assert spelled and spelled != acronym, "before the pass: two entities"
    merged = merge_spelled_out(split_acronym_senses(docs))
    assert _ids_of_words(merged[2], "quux flow") == acronym
    assert _ids_of_words(docs[2], "quux flow") == spelled, "the input is not modified"
    assert merged[2].mentions[0].text == docs[2].mentions[0].text  # texts and labels stay


def test_no_merge_for_one_defining_paper_two_meanings_or_two_claims():
    one = _docs("We train Quux Flow Networks (QFNs). QFNs work.", "We compare quux flow networks.")
    assert merge_spelled_out(one) == one
    two_meanings = _docs(
        "We train Quux Flow Networks (QFN). QFN works.",
        "We train Quux Flow Networks (QFN). QFN works.",
        "We propose Queued Frame Normalisation (QFN). QFN helps.",
        "We compare quux flow networks.",
    )
    merged = merge_spelled_out(two_meanings)  # (without the split: the acronym id has two meanings)
    assert _ids_of_words(merged[3], "quux flow") == _ids_of_words(two_meanings[3], "quux flow")
    claimed = _docs(
        "We train Quux Flow Networks (QFN). QFN works.",
        "We train Quux Flow Networks (QFN). QFN works.",
        "We train Quux Flow Networks (QFWN). QFWN works.",
        "We train Quux Flow Networks (QFWN). QFWN works.",
        "We compare quux flow networks.",
    )
    merged = merge_spelled_out(split_acronym_senses(claimed))
    assert _ids_of_words(merged[4], "quux flow") == _ids_of_words(claimed[4], "quux flow")
