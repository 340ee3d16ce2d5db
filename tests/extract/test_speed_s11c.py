"""Speed changes of the phrase chunker and the pattern rules, against the code they replaced.

Each change must leave the output as it was: these tests compare the new shortcuts with
the formulas they replaced on edge and random inputs (the golden run compares whole
extractions).
"""

from __future__ import annotations

import random

import pytest

from kg.extract.candidates import Candidate
from kg.extract.phrases import (
    _HEADS,
    _HEADS_WITH_RULES,
    _HIGH_LOW,
    _PLAIN_TYPES,
    _STOPS,
    _head_words,
    _leads_a_task,
    _new_candidate,
    _stops_phrase,
    _word_stops_phrase,
    find_phrases,
    head_type,
)
from kg.extract.words import AMBIGUOUS_HEADS, HEAD_NEEDS_MOD, TASK_LEAD_ADJ, TRAINING_HEADS


def _phrases(text: str) -> list[tuple[str, str]]:
    return [(text[c.start:c.end], c.type) for c in find_phrases(text)]


def test_a_candidate_built_by_tuple_new_is_a_candidate():
    """``_new_candidate`` makes the NamedTuple ``Candidate(...)`` makes, ``kb_id`` included."""
    got = _new_candidate((3, 9, "Task", "parsing", ""))
    assert type(got) is Candidate
    assert got == Candidate(3, 9, "Task", "parsing") and got.kb_id == "" and got.rule == "parsing"


@pytest.mark.parametrize("mods", [[], ["neural"], ["Deep", "Neural"], ["federated"], ["information"],
                                  ["mutual", "information"], ["variational"], ["dense"], ["domain"]])
def test_plain_types_are_head_types(mods):
    """A head of ``_PLAIN_TYPES`` gets its type whatever its modifiers (head_type's answer)."""
    for head, t in _PLAIN_TYPES.items():
        assert head_type([*mods, head]) == t, (mods, head)
    # every other head is a Metric or one whose modifiers head_type reads
    for head in set(_HEADS) - set(_PLAIN_TYPES):
        assert _HEADS[head] == "Metric" or head in {"learning", "adaptation", "search", "retrieval", "inference",
                                                    "loss", "losses"}, head


def test_head_words_are_never_all_caps():
    """A head word is a letter, then lowercase letters or hyphens, ending in a lowercase letter:
    never ALL-CAPS (find_phrases no longer tests it)."""
    rng = random.Random(3)
    heads = sorted(_HEADS)
    for _ in range(3000):
        words = [rng.choice(heads) for _ in range(rng.randint(1, 6))]
        words = [w.upper() if rng.random() < 0.3 else w.capitalize() if rng.random() < 0.3 else w for w in words]
        text = rng.choice([" ", "-", "(", ", "]).join(words)
        for s, e in _head_words(text):
            head = text[s:e]
            assert not (head.isupper() and len(head) > 1), text


@pytest.mark.parametrize("text,absent", [
    ("errors stemming from noise", "stemming"),
    ("the next generation of LLMs", "generation"),
    ("it drew considerable attention", "attention"),
    ("a production process", "process"),
    ("new privacy policies", "policies"),
    ("over wireless networks", "networks"),
    ("a fine temporal resolution", "resolution"),
    ("with labeled training data", "training"),
])
def test_head_rules_still_drop_their_phrases(text, absent):
    """The rules of _HEADS_WITH_RULES (one set test first) drop what they dropped."""
    assert absent in _HEADS_WITH_RULES
    assert not any(p.endswith(absent) for p, _ in _phrases(text)), _phrases(text)


@pytest.mark.parametrize("text,phrase", [
    ("we use Porter stemming here", ("Porter stemming", "Task")),
    ("a Gaussian process prior", ("Gaussian process", "Method")),
    ("graph neural networks work", ("graph neural networks", "Method")),
    ("with multi-head attention layers", ("multi-head attention", "Method")),
    ("we study text generation", ("text generation", "Task")),
    ("stemming is old", ("stemming", "Task")),
])
def test_head_rules_keep_the_other_phrases(text, phrase):
    """Heads with a rule still make their phrases where the rule does not apply."""
    assert phrase in _phrases(text), _phrases(text)


def test_rule_heads_cover_the_rules():
    """Every head a rule of _breaks_a_head_rule names is in _HEADS_WITH_RULES."""
    for head in (*HEAD_NEEDS_MOD, *TRAINING_HEADS, "stemming", "generation", "attention", "policy", "policies",
                 "network", "networks", "resolution"):
        assert head in _HEADS_WITH_RULES, head


def test_leads_a_task_equals_the_inline_test():
    words = [*sorted(TASK_LEAD_ADJ), "High-precision", "low-latency", "Higher-order", "real-time", "neural",
             "high", "Low-", "lower-level", "x", "Real-Time"]
    for w in words:
        assert _leads_a_task(w) == bool(w.lower() in TASK_LEAD_ADJ or _HIGH_LOW.match(w)), w


def test_one_modifier_of_an_ambiguous_head_is_read_as_the_join_did():
    """A two-word phrase's modifier is tested by one look-up: what the join/split found."""
    from kg.extract.phrases import _GENERIC_ANY_MODS

    for mod in ["deep", "Deep", "neural", "new", "Model", "hierarchical", "graph", "Graph"]:
        assert (mod.lower() in _GENERIC_ANY_MODS) == _GENERIC_ANY_MODS.issuperset(" ".join([mod]).lower().split(" "))
    assert AMBIGUOUS_HEADS


def test_stops_memo_equals_the_computation(monkeypatch):
    """``_stops_phrase`` remembers the computed verdicts, and empties its memo when full."""
    import kg.extract.phrases as phrases

    words = ["neural", "the", "models", "recently", "3D", "x", "(a)", "13-billion", "", "Transformer-based",
             "state-of-the-art", "we", "LoRA", "1", "analysis", "less"]
    _STOPS.clear()
    for w in words:
        assert _stops_phrase(w) == _word_stops_phrase(w), w
        assert _STOPS[w] == _word_stops_phrase(w)
    monkeypatch.setattr(phrases, "_STOPS_SIZE", 5)
    _STOPS.clear()
    for w in words * 2:
        assert _stops_phrase(w) == _word_stops_phrase(w)
        assert len(_STOPS) <= 5
    _STOPS.clear()


def test_word_and_year_equals_the_regex():
    from kg.extract.patterns import _WORD_YEAR, _word_and_year

    for name in ["CVPR2025", "CLEF-2025", "ISBI2012", "GPT-4", "A100", "KITTI2015", "cvpr2025", "X-1999", "2025",
                 "BERT", "Llama3-8B", "IWSLT2025a"]:
        assert _word_and_year(name) == (_WORD_YEAR.fullmatch(name) is not None), name


def test_data_cue_scan_with_digits_and_lowercase_runs_equals_finditer():
    """The data-cue walk keeps capitalised runs as starts, walks over digit runs and stops at
    other runs; ``finditer`` finds the same matches."""
    from kg.extract.patterns import _DATA_CUE, _data_cue_matches, _triggers

    bits = ["20", "Newsgroups", "the", "our", "Foo", "COCO", "2017", "MS", "new", "Penn", "Treebank", "corpus",
            "dataset", "datasets", "benchmark", "data set", "test set", "collection", "_x", "-y", "Ä", "é1",
            "9B", "(", ",", "\n", "  "]
    rng = random.Random(21)
    texts = ["the 20 Newsgroups dataset", "MS COCO 2017 dataset", "our new Foo dataset", "on 20 NG corpus",
             "Foo 2 3 dataset", "Foo bar 3 dataset", "A B C D dataset"]
    texts += ["".join(rng.choice(bits) + rng.choice([" ", "", " ", "\t"]) for _ in range(rng.randint(0, 12)))
              for _ in range(20000)]
    for t in texts:
        got = [m.span() for m in _data_cue_matches(t, _triggers(t).get("data", []))]
        assert got == [m.span() for m in _DATA_CUE.finditer(t)], t
