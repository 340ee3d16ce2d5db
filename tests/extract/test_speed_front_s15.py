"""Fifteenth session, speed of the fast path's front stages: the new ways give what the old ways gave.

Each test holds the replaced code (or the plain spaCy path) as the reference and compares it
with the new code on the seed listing's abstracts (seeds/000_1e20c9cb9df3eab3.txt, a public
arXiv listing) and on constructed strings for the edge cases (empty texts, whitespace only,
non-ASCII letters, texts without a sentence end). No behaviour changes: the golden file stays
byte-identical.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from kg.extract import _extract_texts, build_nlp
from kg.extract.fast import _CODED_ATTRS, FastPipeline, LexemeCodes, lean_tokenizer
from kg.extract.tokens import Tokens, offsets

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_1e20c9cb9df3eab3.txt"

EDGE_TEXTS = [
    "",
    "   ",
    "\n\n",
    "no sentence end here",
    "İstanbul-based QA: GPT-4 vs. Vicuna-13B; top-1 accuracy! Done? Yes… «quoted» 東京 text.",
    "",
    "LoRA: Low-Rank Adaptation\n\nWe fine-tune Llama3-8b with Low-Rank Adaptation (LoRA). LoRA is cheap.",
    "a" * 300 + " . " + "b" * 5,
    "...!!! ??? .",
]


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _texts() -> list[str]:
    from kg.ingest import read_papers

    return [p.text for p in read_papers(SEED)] + EDGE_TEXTS


def _tokens_one_by_one(codes: LexemeCodes, doc, text: str) -> Tokens:
    """``LexemeCodes.tokens`` before the fifteenth session: one Doc's columns decoded on their own, as lists."""
    if not len(doc):
        return Tokens(text, [], [], None, [], (codes.numbers, ""),
                      None if codes.punct_chars is None else (codes.punct_chars, []))
    arr = doc.to_array(_CODED_ATTRS)
    coded = arr[:, 1]
    flags = coded >> 32
    encoded = codes.table.take(flags >> 2).tobytes().decode(codes._encoding)
    punct = (flags & 1).tolist()
    enders = None if codes.punct_chars is None else (codes.punct_chars, np.flatnonzero(flags & 2).tolist())
    starts = arr[:, 0]
    return Tokens(text, starts.tolist(), (starts + (coded & 0xFFFFFFFF)).tolist(), None, punct,
                  (codes.numbers, encoded), enders)


def _fields(toks: Tokens) -> tuple:
    """Every field of ``toks``, offsets as lists (an ``array`` and a list of the same numbers differ for ``==``)."""
    return (toks.text, list(toks.starts), list(toks.ends), toks.lowers, list(toks.punct), toks.n,
            toks.lexicon_codes, toks.enders)


def test_offsets_are_the_listed_numbers():
    rng = random.Random(15)
    for n in (0, 1, 7, 300):
        arr = np.array([[rng.randrange(0, 2**40), rng.randrange(0, 99)] for _ in range(n)], dtype=np.uint64).reshape(n, 2)
        for column in (arr[:, 0], arr[:, 0] + arr[:, 1], arr[:, 1].astype(np.int64)):
            got = offsets(column)
            assert got.tolist() == column.tolist()
            assert all(type(x) is int for x in got)


def test_tokens_of_a_round_equal_the_tokens_of_each_text(nlp):
    """``LexemeCodes.tokens_of`` (a round decoded at once) against each Doc decoded alone, in any grouping."""
    codes = LexemeCodes.of(nlp)
    lean = lean_tokenizer(nlp, codes)
    texts = _texts()
    want = [_fields(_tokens_one_by_one(codes, lean(t), t)) for t in texts]
    assert [_fields(codes.tokens(lean(t), t)) for t in texts] == want
    rng = random.Random(6)
    for _ in range(20):
        order = list(range(len(texts)))
        rng.shuffle(order)
        group = order[:rng.randrange(1, len(order) + 1)]
        got = codes.tokens_of([lean(texts[i]).to_array(_CODED_ATTRS) for i in group], [texts[i] for i in group])
        assert [_fields(tk) for tk in got] == [want[i] for i in group]
    assert codes.tokens_of([], []) == []


def test_coded_tokens_equal_the_plain_tokens(nlp):
    """The round's tokens against ``Tokens.from_doc`` of spaCy's own Doc: the same offsets and punctuation."""
    fp = FastPipeline(nlp)
    texts = _texts()
    for t, tk in zip(texts, fp._tokens_of(texts)):
        plain = Tokens.from_doc(nlp.make_doc(t), t)
        assert (list(tk.starts), list(tk.ends), list(tk.punct)) == (list(plain.starts), list(plain.ends),
                                                                   list(plain.punct)), t[:60]


@pytest.mark.parametrize("size", [1, 3, 64])
def test_round_size_changes_nothing(nlp, size, monkeypatch):
    """Rounds of any size (512 since this session) give the extractions of rounds of one text."""
    items = [(str(i), t) for i, t in enumerate(_texts())]
    want = [ex.to_dict() for ex in _extract_texts(items, nlp, 512)]
    monkeypatch.setattr(FastPipeline, "ROUND", size)
    assert [ex.to_dict() for ex in _extract_texts(items, nlp, 512)] == want
