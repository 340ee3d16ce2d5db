"""The anchored scans of kg.extract.patterns against the plain ``finditer`` they replace.

Sentences: the seed listing page (seeds/000_1e20c9cb9df3eab3.txt, public arXiv abstracts)
and short constructed strings; plus random strings over the characters that matter.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from kg.extract.candidates import finditer_from
from kg.extract.patterns import (
    _ACRONYM,
    _CAMEL,
    _DATA_SHAPE,
    _LETTERS,
    _LETTERS_DASH,
    _MODEL,
    _acronym_matches,
    _camel_matches,
    _data_shape_matches,
    _model_matches,
    _run_start,
    shape_classes,
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
    # non-ASCII text takes the plain patterns; "\u0660" is a digit, "é" and "İ" letters
    texts += ["".join(rng.choice(alpha + "é\u0660İ") for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    return texts


def _spans(matches):
    return [(m.span(), m.groupdict()) for m in matches]


def test_model_and_camel_scans_equal_finditer():
    for t in _texts():
        assert _spans(_model_matches(t)) == _spans(_MODEL.finditer(t)), t
        assert _spans(_camel_matches(t)) == _spans(_CAMEL.finditer(t)), t


def test_acronym_and_data_shape_scans_equal_finditer():
    rng = random.Random(7)
    words = ["Bench", "BENCH", "-bench", "bench", "QA", "Q", "-12K", "-3k", "-", "K", "x", " ", "Zy", "é", "@", "AB",
             "A1", ".", "_"]
    texts = _texts() + ["".join(rng.choice(words) for _ in range(rng.randint(0, 10))) for _ in range(20000)]
    from kg.extract.fast import scan_words
    from kg.extract.patterns import _triggers

    for t in texts:
        assert _spans(_acronym_matches(t)) == _spans(_ACRONYM.finditer(t)), t
        want = _spans(_DATA_SHAPE.finditer(t))
        assert _spans(_data_shape_matches(t)) == want, t
        assert _spans(_data_shape_matches(t, _triggers(t).get("shape", []))) == want, t
        scanned = scan_words(t)
        if scanned is not None:  # (the fast path's trigger offsets)
            assert _spans(_data_shape_matches(t, scanned[0].get("shape", []))) == want, t


def test_class_scans_find_what_the_text_scans_find():
    """Each scan of shape_classes finds the positions its pattern on the text finds (ASCII text)."""
    from kg.extract import patterns as P

    pairs = [(P._LETTER_DIGIT, P._LETTER_DIGIT_CLASSES), (P._CASE_TURN, P._CASE_TURN_CLASSES),
             (re.compile(r"[A-Z](?<![\w@#/.\-][A-Z])(?=[A-Z0-9])"), P._ACRONYM_START_CLASSES)]
    rng = random.Random(8)
    texts = [t for t in _texts() if t.isascii()]
    texts += ["".join(chr(rng.randrange(128)) for _ in range(rng.randint(0, 30))) for _ in range(20000)]
    for t in texts:
        classes = shape_classes(t)
        assert len(classes) == len(t)
        for on_text, on_classes in pairs:
            assert [m.start() for m in on_classes.finditer(classes)] == [m.start() for m in on_text.finditer(t)], t


def test_run_start():
    t = "with Qwen2.5-VL and (mPLUG-Owl2)"
    assert _run_start(t, t.index("2.5"), _LETTERS) == t.index("Qwen")
    assert _run_start(t, t.index("2)"), _LETTERS_DASH) == t.index("mPLUG")
    assert _run_start(t, 0, _LETTERS) == 0
    long = "x" * 100 + "1"
    assert _run_start(long, 100, _LETTERS) == 0  # runs longer than one 32-character step


def test_run_starts_equals_run_start_per_match():
    import re

    from kg.extract.patterns import _run_starts

    rng = random.Random(12)
    texts = _texts()[:200] + ["".join(rng.choice(["x", "Ab", "-", " ", "7", "_", "q" * 40]) for _ in range(60))
                              for _ in range(2000)]
    for t in texts:
        for chars in (_LETTERS, _LETTERS_DASH):
            got = _run_starts(t, [m.start() for m in re.finditer(r"[A-Z0-9]", t)], chars)
            assert got == [_run_start(t, m.start(), chars) for m in re.finditer(r"[A-Z0-9]", t)], t


def test_finditer_from_keeps_finditer_order_and_overlaps():
    rx = re.compile(r"(?<![\w])GPT-\d\w*")
    t = "GPT-4 and GPT-4o, not xGPT-4"
    starts = [0, 0, 10, 11, 23]  # repeats and positions inside a match are fine
    assert _spans(finditer_from(rx, t, starts)) == _spans(rx.finditer(t))


def _parser():
    try:
        from re import _parser as parser  # Python >= 3.11
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse as parser
    return parser


def _prefixes(items, i=0, prefix=""):
    """The literal starts a parsed pattern can have, each cut at its first non-literal piece.

    A start is as long as the pattern fixes it: an optional group gives the start with and
    without it; a class of letters gives one start per letter, or the marker ``"[A-Z]"``
    for a class of upper-case letters only.
    """
    parser = _parser()
    c = parser._constants if hasattr(parser, "_constants") else parser
    if i == len(items) or len(prefix) >= 12:
        return {prefix}
    op, av = items[i]
    if op is c.LITERAL:
        return _prefixes(items, i + 1, prefix + chr(av))
    if op is c.IN:
        if all(o is c.LITERAL for o, _ in av):
            return set().union(*(_prefixes(items, i + 1, prefix + chr(v)) for _, v in av))
        if not prefix and all(o is c.RANGE and ord("A") <= v[0] <= v[1] <= ord("Z") for o, v in av):
            return {"[A-Z]"}
        return {prefix}
    if op is c.SUBPATTERN:
        return _prefixes(list(av[-1].data) + list(items[i + 1:]), 0, prefix)
    if op is c.BRANCH:
        return set().union(*(_prefixes(list(alt.data) + list(items[i + 1:]), 0, prefix) for alt in av[1]))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        lo, _, sub = av
        once = _prefixes(list(sub.data), 0, prefix)  # one repetition, then stop: a safe prefix
        return once | (_prefixes(items, i + 1, prefix) if lo == 0 else set())
    return {prefix}


def test_metric_anchor_words_cover_every_alternative():
    """Every alternative of _METRIC starts with one of the anchor words, except the catch-all
    "<Capitalised word> score", whose starts _score_starts finds."""
    from kg.extract.patterns import _METRIC, _METRIC_CATCH_ALL, _METRIC_LOWER_STARTS, _METRIC_UPPER_STARTS

    def starts_of(pattern):
        parsed = _parser().parse(pattern)
        core = next(av for op, av in parsed.data if av and isinstance(av, tuple) and av[0] == 1)
        return _prefixes(list(core[-1].data))

    starts = starts_of(_METRIC.pattern)
    assert starts, "no alternatives found"
    words = _METRIC_LOWER_STARTS + _METRIC_UPPER_STARTS
    for start in starts:
        assert start == "[A-Z]" or any(start.startswith(w) for w in words), start
    # "[A-Z]" comes from the catch-all alone
    assert _METRIC.pattern.count("|" + _METRIC_CATCH_ALL + ")") == 1
    assert "[A-Z]" not in starts_of(_METRIC.pattern.replace("|" + _METRIC_CATCH_ALL + ")", ")"))


def test_metric_scan_equals_finditer():
    from kg.extract.patterns import _METRIC, _metric_matches, _triggers

    metric_bits = ["top-1 accuracy", "macro-F1", "F1 score", "BLEU-4", "chrF++", "mAP@0.5", "nDCG@10", "pass@1",
                   "Word error rate", "mean average precision", "root mean squared error", "area under the curve",
                   "attack success rate", "exact match", "CLIP score", "ABC-1 scores", "accuracy", "xaccuracy",
                   "-recall", "perplexity", "win rates", "top5", "Recall@5"]
    rng = random.Random(11)
    texts = _texts()[:4] + [" ".join(rng.choice(metric_bits + ["a", "(", ",", "-", "on"]) for _ in range(12))
                            for _ in range(5000)]
    texts += ["an FID-2 score, 3 CLIP scores", "X-Y\tscore", "Ab_c Score", "é-ABC score", "score", " score",
              "ÄB1 scores", "a-BC score", "x\u00a0Q-1\u2003scores", "(IS score)", "A score"]
    for t in texts:
        assert _spans(_metric_matches(t, _triggers(t))) == _spans(_METRIC.finditer(t)), t


def test_triggers_and_cue_shortcuts():
    from kg.extract.patterns import (_CUE_HEAD_ENDS, _CUE_HEADS, _DATA_CUE_WORDS, _NAMED_CUE, _NAMED_CUE_WORDS,
                                     _VERB_CUE, _VERB_CUE_WORDS, _triggers)

    for t in _texts()[:4] + ["We present a benchmark called MathBench, named after it; renamed, namely X.",
                             "In this paper we also propose the novel framework, called DeepX: it works. Here, we"
                             " release MathBench (a) and this work presents GPT-4o-mini, which ..."]:
        got = _triggers(t)
        for family, words in (("data", _DATA_CUE_WORDS), ("verb", _VERB_CUE_WORDS), ("named", _NAMED_CUE_WORDS)):
            assert (family in got) == any(w in t for w in words), (family, t)
        starts = got.get("named", [])
        assert _spans(finditer_from(_NAMED_CUE, t, sorted(starts))) == _spans(_NAMED_CUE.finditer(t)), t
        starts = got.get("subject", [])
        assert _spans(finditer_from(_VERB_CUE, t, sorted(starts))) == _spans(_VERB_CUE.finditer(t)), t
    rng = random.Random(8)
    words = ["a", "benchmarks", "benchmark", "dataset", "corpus,", "metric", "models", "called", "named", "as",
             "termed", "strategy", "x", ",", "approach"]
    for _ in range(20000):
        before = "".join(rng.choice(words) + rng.choice([" ", "  ", ""]) for _ in range(rng.randint(0, 5)))
        if any(rx.search(before) for rx, _ in _CUE_HEADS):
            assert before.rstrip().endswith(_CUE_HEAD_ENDS), repr(before)


def test_data_cue_and_appos_scans_equal_finditer():
    """The data-cue and appositive scans, tried only where a match can start, find ``finditer``'s matches."""
    from kg.extract.patterns import _APPOS_CUE, _DATA_CUE, _appos_matches, _data_cue_matches, _triggers

    bits = ["Penn", "Treebank", "corpus", "corpora", "dataset", "datasets", "benchmark", "data set", "test set",
            "collection", "GSM8K", "MS-COCO", "x_y", "(", ")", ",", ", a novel", ", an open", " (ours)", "A.B+",
            "é", "Ä1", "2", "the", "\n", "\t", "  ", " ", "-", "^", "mPLUG", "dataset.", "(WMT 2014)"]
    rng = random.Random(12)
    texts = _texts()[:4] + ["We use the Penn Treebank corpus, the CoNLL 2003 English dataset and MS-COCO 2017 test set.",
                            "DeepX (ours), a novel method; mPLUG-Owl2, an open model; (a) X^2+, a simple one."]
    texts += ["".join(rng.choice(bits) + rng.choice([" ", "", " "]) for _ in range(rng.randint(0, 14)))
              for _ in range(30000)]
    for t in texts:
        assert _spans(_data_cue_matches(t, _triggers(t).get("data", []))) == _spans(_DATA_CUE.finditer(t)), t
        assert _spans(_appos_matches(t)) == _spans(_APPOS_CUE.finditer(t)), t


def test_name_run_start_equals_the_character_loop():
    from kg.extract.patterns import _is_name_char, _name_run_start

    rng = random.Random(13)
    alpha = "aZ09_- .@(é\u0660x"
    for _ in range(20000):
        t = "".join(rng.choice(alpha) for _ in range(rng.randint(0, 50)))
        end = rng.randint(0, len(t))
        want = end
        while want > 0 and _is_name_char(t[want - 1]):
            want -= 1
        assert _name_run_start(t, end) == want, (t, end)


def test_a_capitalised_adjective_opening_a_sentence_names_no_dataset():
    from kg.extract import extract_text

    got = {m.text for m in extract_text("We train on them. Synthetic datasets are key. Public datasets lag. "
                                        "Results on the CAVE and Waymo datasets improve.").mentions}
    assert not got & {"Synthetic datasets", "Public datasets", "Synthetic", "Public"}, got
    assert "Waymo" in got


def test_x_to_y_acronyms_are_tasks_and_r1_is_no_recall():
    from kg.extract import extract_text

    got = {(m.text, m.type, m.entity_id) for m in extract_text(
        "We study S2S dialogue and T2MV generation with R1-like models, and report R@1.").mentions}
    types = {t: ty for t, ty, _ in got}
    assert types.get("S2S") == "Task" and types.get("T2MV") == "Task", got
    assert ("R@1", "Metric", "recallk") in got
    assert not any(t == "R1" and eid == "recallk" for t, _, eid in got), got
