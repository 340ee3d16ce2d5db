"""The corpus passes' shared index (kg.corpus_ids): its counts stay those of a fresh walk."""

from __future__ import annotations

from dataclasses import replace

from kg.corpus_ids import CorpusIds, changed
from kg.model import DocExtraction, Mention, Relation
from kg.pipeline import corpus_passes, drop_rare_phrases
from kg.senses import merge_spelled_out, split_acronym_senses
from kg.spellings import merge_hyphen_spellings


def _mention(eid: str, source: str) -> Mention:
    return Mention(0, len(eid), eid, "Method", eid, eid, 0, source)


def _doc(pid: str, *mentions: tuple[str, str]) -> DocExtraction:
    return DocExtraction(pid, "text", [(0, 4)], [_mention(e, s) for e, s in mentions])


DOCS = [
    _doc("p1", ("lora", "lexicon"), ("tag", "abbrev:short"), ("odd", "phrase:method")),
    _doc("p2", ("tag", "abbrev:use"), ("tag", "shape:acronym"), ("odd", "phrase:model")),
    _doc("p3", ("lora", "phrase:x"), ("new-net", "cue:cue_propose")),
]


def _counts(index: CorpusIds):
    return ([sorted(ids) for ids in index.ids],
            *(sorted(index.present(c)) for c in (index.papers, index.lexicon, index.abbrev, index.named)),
            {e: n for e, n in index.papers.items() if n})


def test_counts():
    index = CorpusIds(DOCS)
    assert index.papers == {"lora": 2, "tag": 2, "odd": 2, "new-net": 1}
    assert index.present(index.lexicon) == {"lora"}
    assert index.present(index.abbrev) == {"tag"}
    assert index.present(index.named) == {"lora", "tag", "new-net"}


def test_replace_and_drop_match_a_fresh_index():
    index = CorpusIds(DOCS)
    renamed = replace(DOCS[1], mentions=[changed(m, entity_id="tag-2") for m in DOCS[1].mentions])
    index.replace(1, renamed)
    assert _counts(index) == _counts(CorpusIds([DOCS[0], renamed, DOCS[2]]))
    without_odd = replace(DOCS[0], mentions=DOCS[0].mentions[:2])
    index.drop(0, without_odd, {"odd"})
    assert _counts(index) == _counts(CorpusIds([without_odd, renamed, DOCS[2]]))
    assert index.docs == [without_odd, renamed, DOCS[2]]
    assert DOCS[1].mentions[0].entity_id == "tag", "the input is not modified"


def test_changed_keeps_every_other_field():
    r = Relation("usedFor", 0, 1, 0, "rule", 0.5)
    assert changed(r, head=None) == Relation("usedFor", None, 1, 0, "rule", 0.5)
    assert r.head == 0


def test_the_passes_in_one_index_equal_the_passes_one_by_one():
    docs = DOCS + [_doc("p4", ("odd", "phrase:method"), ("rare-one", "phrase:method"))]
    one_by_one = merge_hyphen_spellings(merge_spelled_out(split_acronym_senses(docs)))
    assert corpus_passes(docs, 2) == drop_rare_phrases(one_by_one, 2)
    assert [sorted(m.entity_id for m in d.mentions) for d in corpus_passes(docs, 2)][3] == ["odd"]
