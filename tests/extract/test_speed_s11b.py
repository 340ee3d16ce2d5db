"""Speed changes of the extractor's assembly and token arrays, against the code they replaced.

Each change must leave the output as it was: these tests compare the new code with the
old formula on random and edge inputs.
"""

from __future__ import annotations

import random
from bisect import bisect_right

import pytest

from kg.extract import _extraction


def _old_sentence_index(starts: list[int], s: int) -> int:
    """The sentence index as :func:`kg.extract._extraction` computed it before (a ``max`` per mention)."""
    return max(0, bisect_right(starts, s) - 1)


@pytest.mark.parametrize("seed", range(5))
def test_sentence_index_matches_the_old_formula(seed):
    """``bisect_right(starts, s, 1) - 1`` is the old index, for mentions before the first sentence too."""
    rng = random.Random(seed)
    text = "x" * 400
    for _ in range(200):
        starts = sorted(rng.sample(range(0, 400), rng.randint(1, 12)))
        sentences = [(s, e) for s, e in zip(starts, starts[1:] + [400])]
        spots = sorted(rng.sample(range(0, 399), rng.randint(0, 20)))
        final = [(s, s + 1, "Method", f"m{s}", "phrase", f"m{s}") for s in spots]
        ex = _extraction("p", text, sentences, final, relations=False)
        assert [m.sentence for m in ex.mentions] == [_old_sentence_index(starts, s) for s in spots]


def test_sentence_index_without_sentences():
    """An empty sentence list (no caller passes one) still gives sentence 0, as before."""
    ex = _extraction("p", "abc def", [], [(4, 7, "Method", "def", "phrase", "def")], relations=False)
    assert [m.sentence for m in ex.mentions] == [0]


def test_scan_words_heads_with_odd_spellings():
    """The head test by the lowercase key's tail (no slice) keeps what ``_head_words`` keeps:
    capitals after the first letter, the Kelvin sign (lowercases to "k") and other letters that
    lowercase to ASCII ones are no head word's spelling."""
    from kg.extract.fast import scan_words
    from kg.extract.phrases import _head_words

    rng = random.Random(11)
    bits = ["score", "Score", "sCore", "scorE", "SCORE", "learning", "Learning", "learnIng", "ran\u212aing",
            "\u212aernel", "benchmar\u212a", "framewor\u212a", "data-set", "pre-training", "ranking", "Ranking",
            "network", "netWork", "é", "x", "-", "_", "(", "3"]
    texts = ["".join(rng.choice(bits) + rng.choice(["", " ", "-", ", ", "_"]) for _ in range(25))
             for _ in range(3000)]
    for t in texts:
        got = scan_words(t)
        if got is None:
            assert len(t.lower()) != len(t)
            continue
        assert got[1] == _head_words(t), t
