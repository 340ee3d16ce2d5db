"""Shortcuts in kg.extract.resolve against the plain regular expressions they skip.

Texts: words of abstract prose (list glue, evaluation cues) in random order, so every
ending the patterns know appears often; plus constructed strings.
"""

from __future__ import annotations

import random

from kg.extract.resolve import (
    _LIST_GLUE,
    _ON_CUE,
    _ON_CUE_ENDS,
    _TASK_CUE,
    _list_glue,
    _overlap_test,
)

WORDS = ["evaluated", "on", "the", "GSM8K", ",", "and", "or", "/", "such as", "datasets", "benchmarks", "e.g.,",
         "i.e.", ":", "challenging", "widely-used", "widely used", "public", "large-scale", "task", "problems",
         "of", "OF", "Task", "results", "trained", "\n", "  ", "\t", "like", "namely", "including", "x", "SOTA"]


def _phrases(n=20000, seed=2):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(WORDS) + rng.choice(["", " ", "  ", "\n"]) for _ in range(rng.randint(0, 7)))


def test_list_glue_equals_search():
    for t in _phrases():
        got, want = _list_glue(t), _LIST_GLUE.search(t)
        assert (got and got.span()) == (want and want.span()), repr(t)


def test_cue_endings_are_necessary():
    for t in _phrases(seed=3):
        tail = t.rstrip()
        if _ON_CUE.search(t):
            assert tail.endswith(_ON_CUE_ENDS), repr(t)
        if _TASK_CUE.search(t):
            assert tail[-2:].lower() == "of", repr(t)


def test_on_cue_body_endings_are_necessary():
    """``_may_end_on_cue`` holds for every text ``_ON_CUE`` matches (it only skips searches)."""
    from kg.extract.resolve import _may_end_on_cue

    words = WORDS + ["e.g.", "i.e.,", "the", "The", "breathe", "on the", "such as the", "Finally,", "end.", "used",
                     "widely-used the", "scale", "corpus", "evaluated on the the", "models", "popular", "standard"]
    rng = random.Random(5)
    for _ in range(40000):
        t = "".join(rng.choice(words) + rng.choice(["", " ", "  ", "\n"]) for _ in range(rng.randint(0, 7)))
        if _ON_CUE.search(t):
            assert _may_end_on_cue(t.rstrip()), repr(t)


def test_word_after_equals_the_three_patterns():
    """``_WORD_AFTER`` is _DATA_WORD_AFTER, _TASK_WORD_AFTER and _MODEL_WORD_AFTER tried in that order."""
    from kg.extract.resolve import _DATA_WORD_AFTER, _MODEL_WORD_AFTER, _TASK_WORD_AFTER, _WORD_AFTER

    words = ["dataset", "Datasets", "BENCHMARK", "benchmarks", "corpus", "corpora", "treebank", "suite", "Suite",
             "leaderboard", "data", "data set", "data,", "data and", "database", "shared task", "shared  tasks",
             "tasks", "Task", "taskforce", "model", "Models", "backbone", "checkpoints", "modeling", "x", ".", ")"]
    rng = random.Random(7)
    for _ in range(20000):
        t = "".join(rng.choice(["", " ", "  ", "\n", "\t"]) + rng.choice(words) for _ in range(rng.randint(1, 3)))
        got = _WORD_AFTER.match(t)
        data, task, model = _DATA_WORD_AFTER.match(t), _TASK_WORD_AFTER.match(t), _MODEL_WORD_AFTER.match(t)
        if data:
            assert got and got.group("data") == data.group(1), repr(t)
        elif task:
            assert got and got.group("task") is not None and got.end() == task.end(), repr(t)
        elif model:
            assert got and got.group("model") is not None and got.end() == model.end(), repr(t)
        else:
            assert got is None, repr(t)


def test_overlap_test_equals_any():
    rng = random.Random(4)
    for _ in range(2000):
        spans = sorted({(a, a + rng.randint(1, 6)) for a in (rng.randint(0, 30) for _ in range(rng.randint(1, 3)))})
        f = _overlap_test(spans, 40)
        for _ in range(20):
            s = rng.randint(0, 38)
            e = rng.randint(s, 39)
            assert f(s, e) == any(s < ue and us < e for us, ue in spans), (spans, s, e)


def test_url_spans_equal_finditer():
    from kg.extract.resolve import _URL, _url_spans

    bits = ["https://", "http://", "www.", "github", ".com", ".org", ".io", ".ai", "a.b", "@", "x", "/", "-", "_",
            " ", "  ", "\n", ",", "pass@1", "é", "(", ")", "edu", ".", "net"]
    rng = random.Random(6)
    texts = ["See https://github.com/x/y, mail a.b@c.org; pass@1 on x/y and www.kg.io/docs."]
    texts += ["".join(rng.choice(bits) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    for t in texts:
        assert _url_spans(t) == [m.span() for m in _URL.finditer(t)], repr(t)


def test_clean_first_character_shortcuts_are_exact():
    """``_clean`` tries _LEAD only after one of its words (an ASCII first word), and _NUMBER and
    _CITATION_START only at the first characters they can match."""
    import re

    from kg.extract import resolve as R

    words = re.findall(r"[a-z][a-z\-]*", R._LEAD.pattern.split("(?:", 2)[2])
    assert "the" in words and "original" in words
    assert R._LEAD.pattern == r"^(?:(?:" + "|".join(R._LEAD_WORDS) + r")\s+)+" and set(R._LEAD_WORDS) == R._LEAD_WORD_SET
    number_first = re.compile(r"[\d.,%\s×x+\-\[(]")  # the first characters of _NUMBER and _CITATION_START
    for cp in range(0x110000):
        ch = chr(cp)
        # (str.split() cuts the first word where _LEAD's \s can match, and nowhere else)
        assert ch.isspace() == bool(re.match(r"\s", ch)), hex(cp)
        if ch.isascii() and ch.isalpha():  # (an ASCII first word matches a _LEAD word only as its lowercase)
            assert bool(re.fullmatch(ch, ch.lower(), re.IGNORECASE)) and ch.lower().isascii()
        if number_first.match(ch):
            assert ch in R._NUMBER_FIRST or ch.isdigit() or ch.isspace(), ch
        if re.match(r"\s", ch):  # _clean's "spaced" test: all whitespace but " " is unprintable
            assert ch == " " or not ch.isprintable(), hex(cp)
    assert R._LEAD.pattern.endswith(r")\s+)+")  # every _LEAD word is followed by whitespace


def test_a_phrase_ending_in_a_known_method_is_a_method():
    from kg.extract import extract_text

    got = {(m.text, m.type) for m in extract_text(
        "We study Zero-shot Retrieval-Augmented Generation and cross-modal contrastive learning.").mentions}
    assert {("Zero-shot Retrieval-Augmented Generation", "Method"),
            ("cross-modal contrastive learning", "Method")} <= got, got
