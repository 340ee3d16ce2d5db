"""The fast path (plain function calls over token arrays) against the spaCy component path.

Texts: the abstracts of the seed listing page (seeds/000_1e20c9cb9df3eab3.txt, a public
arXiv listing) and short constructed strings for the edge cases.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from kg.extract import _extract_texts, build_nlp, doc_to_extraction
from kg.extract.candidates import find_bounded
from kg.extract.fast import FastPipeline
from kg.extract.phrases import _HEADS, _WORD_RX, _head_words
from kg.extract.tokens import Tokens, sentence_starts

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_1e20c9cb9df3eab3.txt"

EDGE_TEXTS = [
    "",
    "   ",
    "\n\n",
    "LoRA: Low-Rank Adaptation of Large Language Models\n\nWe fine-tune Llama3-8b-instruct with "
    "Low-Rank Adaptation (LoRA). LoRA is cheap.  It beats GPT-4o on GSM8K (accuracy 73.5%).",
    "We present Harmon, a unified framework. See https://github.com/x/Harmon-v2 or mail a@b.org.",
    "Results on the Europarl corpus , CoNLL 2012 English test set and MS-COCO 2017 !! ...",
    "  leading spaces\tand tabs\n\nTitle-less text with e.g. (IMP, Han et al., 2015) and ground truth (GT).",
    "İstanbul-based question answering: GPT-4 vs. Vicuna-13B; top-1 accuracy and F1 score.",
    "We build on VITS, an end-to-end TTS model, and compare with ViTs and ViT-B/16.",
    "HardTests: We propose the Expressive Music Variational AutoEncoder (XMVAE). XMVAE beats VAE baselines "
    "on HARDTESTS and on Explainable AI (XAI) data.",
    "To benchmark TROVE, we use Light Detection and Ranging (LiDAR) scans, OpenAI models on GPUs, "
    "and LiDAR object detection for T2V.",
]


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _seed_texts():
    from kg.ingest import read_papers

    return [p.text for p in read_papers(SEED)]


def test_pipeline_is_supported(nlp):
    assert FastPipeline.supports(nlp)
    other = spacy.blank("en")
    other.add_pipe("sentencizer")
    assert not FastPipeline.supports(other)


def test_fast_path_equals_component_path(nlp):
    texts = _seed_texts() + EDGE_TEXTS
    assert len(texts) > 10
    fast = _extract_texts([(str(i), t) for i, t in enumerate(texts)], nlp, 64)
    for i, (t, f) in enumerate(zip(texts, fast)):
        slow = doc_to_extraction(nlp(t), str(i), aliases=nlp.get_pipe("kg_resolve").aliases)
        assert f.to_dict() == slow.to_dict(), t[:80]


def test_tokens_char_span_matches_spacy(nlp):
    for t in EDGE_TEXTS[3:] + ["a  b\n\nc-d e.", "GPT-4o beats Llama 3."]:
        doc = nlp.make_doc(t)
        toks = Tokens.from_doc(doc, t)
        for start in range(-1, len(t) + 2):
            for end in range(start, min(len(t) + 2, start + 25)):
                for mode in ("strict", "contract", "expand"):
                    try:
                        sp = doc.char_span(start, end, alignment_mode=mode)
                        want = None if sp is None else (sp.start, sp.end, sp.start_char, sp.end_char)
                    except IndexError:
                        want = "error"
                    try:
                        got = toks.char_span(start, end, mode)
                        got = None if got is None else (*got, *toks.chars(*got))
                    except IndexError:
                        got = "error"
                    assert got == want, (t, start, end, mode)


def test_sentence_starts_match_sentencizer(nlp):
    sentencizer = nlp.get_pipe("sentencizer")
    for t in _seed_texts()[:5] + EDGE_TEXTS + ["Wait... what?! Yes. (Really.) No", "a . . b"]:
        doc = sentencizer(nlp.make_doc(t))
        want = [tok.i for tok in doc if tok.is_sent_start]
        assert sentence_starts(Tokens.from_doc(doc, t)) == want, t


def test_find_bounded_matches_regex():
    rng = random.Random(7)
    alpha = "aA-/.@s+_ é1"
    for _ in range(20000):
        t = "".join(rng.choice(alpha) for _ in range(rng.randint(0, 14)))
        needle = "".join(rng.choice("aAs-+ ") for _ in range(rng.randint(1, 3)))
        for before, after, plural in (("-/.@", "/", True), ("-", "-+", False)):
            rx = (r"(?<![\w" + re.escape(before) + r"])" + re.escape(needle) + ("s?" if plural else "")
                  + r"(?![\w" + re.escape(after) + r"])")
            want = [(m.start(), m.end()) for m in re.finditer(rx, t)]
            assert find_bounded(t, needle, before, after, plural=plural) == want, (t, needle)


def test_head_words_match_word_regex():
    rng = random.Random(3)
    heads = sorted(_HEADS)
    texts = _seed_texts()
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(0, 5)):
            w = rng.choice(heads)
            w = w.capitalize() if rng.random() < 0.3 else w.upper() if rng.random() < 0.1 else w
            parts += [w, "".join(rng.choice("aZ-_ .,é1İK") for _ in range(rng.randint(0, 2)))]
        texts.append("".join(parts))
    for t in texts:
        want = [(m.start(), m.end()) for m in _WORD_RX.finditer(t) if m.group().lower() in _HEADS]
        assert _head_words(t) == want, t


# the patterns as they were before they were rewritten for speed: the rewrites must match alike
_OLD = {
    "_ACRONYM": r"(?<![\w@#/.\-])(?P<core>[A-Z][A-Z0-9]{1,8}(?:-[A-Z0-9]+)*\+{0,2})(?P<pl>s?)(?![\w\-])",
    "_DATA_SHAPE": r"(?<![\w@#/.\-])(?P<core>[A-Z][\w\-]*(?:Bench|BENCH|-bench)(?:-[\w]+)?|[A-Z][\w\-]*QA(?:-[\w]+)?|"
                   r"[A-Z][\w\-]*-\d+[Kk])(?![\w])",
    "_DATA_CUE": r"(?<![\w\-])(?P<core>[A-Z][\w\-]*(?:\s[A-Z0-9][\w\-]*){0,2})\s(?:corpus|corpora|dataset|datasets|"
                 r"treebank|benchmark|data set|test set|collection)\b",
}


def test_rewritten_patterns_match_alike():
    import kg.extract.patterns as P

    old_metric = re.compile(P._METRIC.pattern.replace(r"[A-Z](?=[\w\-]*[A-Z0-9])[\w\-]*\s[Ss]cores?",
                                                      r"[A-Z][\w\-]*[A-Z0-9][\w\-]*\s[Ss]cores?"))
    assert old_metric.pattern != P._METRIC.pattern
    pairs = [(re.compile(p), getattr(P, name)) for name, p in _OLD.items()] + [(old_metric, P._METRIC)]
    rng = random.Random(11)
    texts = _seed_texts() + EDGE_TEXTS
    alpha = "AB Ca-1.2QKs@/_\n,"
    texts += ["".join(rng.choice(alpha) for _ in range(rng.randint(1, 30))) + " " + rng.choice(
        ["Bench", "QA", "-1K", "corpus", "dataset", "score", "Scores", "F1 score", "X1 score"]) for _ in range(3000)]
    for old, new in pairs:
        for t in texts:
            assert [(m.span(), m.groupdict()) for m in old.finditer(t)] == \
                   [(m.span(), m.groupdict()) for m in new.finditer(t)], (new.pattern[:40], t)


_ADVERSARIAL = r"""
import sys
from kg.extract.patterns import find_patterns
from kg.extract.phrases import find_phrases
from kg.extract.abbrev import find_abbreviations
for t in ["ABC-" * 50000, "Ab1-" * 50000, "Llama-3" + "-8B" * 60000 + "x",
          "-".join(chr(65 + i % 26) + "-" + str(i % 10) for i in range(40000)), "A1B2" * 50000,
          "Q" + "w" * 200000 + "7", "GPT-4" + " mini" * 40000 + "x"]:
    find_patterns(t, None); find_phrases(t); find_abbreviations(t)
print("done")
"""


def test_adversarial_inputs_finish():
    """Long hyphenated tokens made the metric pattern backtrack quadratically (minutes)."""
    out = subprocess.run([sys.executable, "-c", _ADVERSARIAL], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "done"


def test_citation_shortcut_matches_pattern():
    from kg.extract.resolve import _CITATION, _CITATION_START

    rng = random.Random(5)
    samples = ["[12]", "[1, 2]", "(Han et al., 2015)", "et al", "Smith et al.", "12–14", "(x)\n", "(a", "BERT"]
    samples += ["".join(rng.choice("[]()12,–- etal.\nx") for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    for s in samples:
        assert bool(_CITATION.search(s)) == bool("et al" in s or _CITATION_START.match(s)), s


def test_sentence_starts_fast_rule_equals_token_loop(nlp):
    """The ender-driven rule against the plain token-by-token loop, on seed sentences and noise."""
    from kg.extract.tokens import DEFAULT_PUNCT_CHARS, _sentence_starts_loop

    rng = random.Random(3)
    texts = _seed_texts() + EDGE_TEXTS
    alpha = "ab .!?;:()\"'-\n。…1"
    texts += ["".join(rng.choice(alpha) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for t in texts:
        toks = Tokens.from_doc(nlp.make_doc(t), t)
        assert sentence_starts(toks) == _sentence_starts_loop(toks, DEFAULT_PUNCT_CHARS), repr(t)
    toks = Tokens.from_doc(nlp.make_doc("a .. b"), "a .. b")
    assert sentence_starts(toks, {".."}) == _sentence_starts_loop(toks, {".."})  # multi-character: the loop


def test_gc_paused_restores_the_collector_state():
    import gc

    from kg.gcpause import gc_paused as _gc_paused

    was = gc.isenabled()
    try:
        gc.enable()
        with _gc_paused():
            assert not gc.isenabled()
        assert gc.isenabled()
        gc.disable()
        with _gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # a caller that paused it keeps it paused
    finally:
        (gc.enable if was else gc.disable)()


def test_lean_tokenizer_matches_nlp_tokenizer():
    """Same boundaries, LOWER and IS_PUNCT as ``nlp.make_doc``; ``nlp``'s vocab is not touched."""
    from spacy.attrs import IDX, IS_PUNCT, LENGTH, LOWER

    from kg.extract.fast import lean_tokenizer

    nlp = build_nlp()
    lean = lean_tokenizer(nlp)
    assert lean is not None and lean.vocab is not nlp.vocab
    size = len(nlp.vocab)
    texts = _seed_texts() + EDGE_TEXTS + ["don't can't U.S. e.g. Dr. Smith's 3.5% :) http://x.org/a?b=c a@b.io"]
    lean_docs = [lean(t) for t in texts]
    assert len(nlp.vocab) == size
    for t, d in zip(texts, lean_docs):
        want = nlp.make_doc(t).to_array([IDX, LENGTH, LOWER, IS_PUNCT]).tolist()
        assert d.to_array([IDX, LENGTH, LOWER, IS_PUNCT]).tolist() == want, t[:60]
    assert lean_tokenizer(nlp) is lean
    nlp.tokenizer.add_special_case("GPT-4o", [{"ORTH": "GPT"}, {"ORTH": "-4o"}])  # a changed tokenizer: a new copy
    lean2 = lean_tokenizer(nlp)
    assert lean2 is not lean and [t.text for t in lean2("GPT-4o wins")] == ["GPT", "-4o", "wins"]


def test_lexeme_codes_encode_as_the_lexicon_does():
    """Tokens coded on the lexemes (LexemeCodes) read as ``match_tokens`` reads LOWER ids, punct included.

    Words spaCy keeps as symbols ("meta", "number": their LOWER id is no string hash) and
    a lexicon that changes (new codes, a new lean copy) included.
    """
    from kg.extract.fast import LexemeCodes, lean_tokenizer

    nlp = build_nlp()
    lexicon = nlp.get_pipe("kg_lexicon")
    codes = LexemeCodes.of(nlp)
    assert codes is not None and LexemeCodes.of(nlp) is codes
    lean = lean_tokenizer(nlp, codes)
    texts = _seed_texts() + EDGE_TEXTS + ["meta-learning, the number of parameters; Meta-World! multi-agent RL"]
    for t in texts:
        coded = codes.tokens(lean(t), t)
        plain = Tokens.from_doc(nlp.make_doc(t), t)
        assert (coded.starts, coded.ends, coded.punct) == (plain.starts, plain.ends, plain.punct), t[:60]
        assert lexicon._encoded(coded) == lexicon._encoded(plain), t[:60]
        assert lexicon.match_tokens(coded) == lexicon.match_tokens(plain), t[:60]
    lexicon.add_entries([{"name": "Zorblax Net", "type": "Model"}])
    codes2 = LexemeCodes.of(nlp)
    assert codes2 is not codes and lean_tokenizer(nlp, codes2) is not lean
    t = "We train Zorblax Net."
    coded = codes2.tokens(lean_tokenizer(nlp, codes2)(t), t)
    assert lexicon.match_tokens(coded) == lexicon.match_tokens(Tokens.from_doc(nlp.make_doc(t), t))
    assert len(lexicon.match_tokens(coded)) == 1


def test_lexeme_code_shortcut_equals_the_spacy_getters():
    """The getter's shortcut for spaCy's own LOWER and IS_PUNCT getters codes every string as the
    getters themselves do (any character first; punctuation runs; words; the empty string)."""
    from spacy.lang.lex_attrs import is_punct, lower

    from kg.extract.fast import LexemeCodes

    nlp = build_nlp()
    codes = LexemeCodes.of(nlp)
    numbers, table = nlp.get_pipe("kg_lexicon").token_codes()
    plain = LexemeCodes(numbers, table, lambda s: lower(s), lambda s: is_punct(s), codes.punct_chars)
    fast_code, plain_code = codes.getter(), plain.getter()
    assert fast_code.__code__ is not plain_code.__code__  # (the shortcut is the one tested)
    rng = random.Random(11)
    strings = ["", "...", "?!", "(", "'s", "BERT", "bert", "İstanbul", "ǅ", "½", "x.", "3D", "«", "—", "a-b"]
    strings += [chr(cp) for cp in range(0x3000)] + [chr(cp) + "." for cp in range(0x250)]
    strings += ["".join(rng.choice("aZ9.,;:-()'\"?!«—é ") for _ in range(rng.randint(1, 5))) for _ in range(5000)]
    strings += [w for t in _seed_texts() for w in t.split()]
    for w in strings:
        assert fast_code(w) == plain_code(w), repr(w)


def test_lexeme_ender_flags_equal_the_text_search():
    """The sentence enders LexemeCodes flags on the lexemes are the ones ``sentence_starts`` finds
    in the text, and give the same sentence starts; a sentencizer with other ``punct_chars``
    gets codes of its own."""
    import random

    from kg.extract.fast import LexemeCodes, lean_tokenizer
    from kg.extract.tokens import _enders

    nlp = build_nlp()
    codes = LexemeCodes.of(nlp)
    lean = lean_tokenizer(nlp, codes)
    rng = random.Random(4)
    pieces = [".", "!", "?", "...", "e.g.", "(", ")", " ", "\n", "A", "b", "1", "?!", "\u3002", ";", "'", "U.S."]
    texts = _seed_texts() + EDGE_TEXTS + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
                                          for _ in range(3000)]
    for t in texts:
        coded = codes.tokens(lean(t), t)
        plain = Tokens.from_doc(nlp.make_doc(t), t)
        assert coded.enders[0] is codes.punct_chars
        assert coded.enders[1] == _enders(plain, codes.punct_chars), t[:60]
        assert sentence_starts(coded, codes.punct_chars) == sentence_starts(plain, codes.punct_chars), t[:60]
    nlp.get_pipe("sentencizer").punct_chars = {"."}
    other = LexemeCodes.of(nlp)
    assert other is not codes and other.punct_chars == frozenset({"."})
    t = "Done! Next. Last"
    assert other.tokens(lean_tokenizer(nlp, other)(t), t).enders[1] == [3]


def test_stops_phrase_equals_the_inline_checks():
    """The cached per-word test of the phrase walk against the checks it replaced, on seed words."""
    from kg.extract.phrases import (BAD_MODIFIERS, STOP_WORDS, VERBS, _MOD_OK, _is_plural_noun,
                                    _stops_phrase)

    def plain(w):
        if not _MOD_OK.fullmatch(w):
            return True
        lw = w.lower()
        if lw in STOP_WORDS or lw in BAD_MODIFIERS or lw in VERBS:
            return True
        if "-" in lw and lw.split("-")[-1] in ("hundred", "thousand", "million", "billion", "trillion"):
            return True
        return (lw.endswith("ly") and len(lw) > 4) or _is_plural_noun(w) or (len(w) == 1 and not w.isdigit())

    words = {w.lstrip("(\"'“") for t in _seed_texts() + EDGE_TEXTS for w in t.split(" ")} - {""}
    assert len(words) > 1000
    for w in sorted(words) + ["3D", "x", "X", "1", "GPT-4", "Recently", "models", "Models"]:
        assert _stops_phrase(w) == plain(w), w


def test_align_chars_equals_align_then_chars(nlp):
    """The fast path's character-span alignment against ``align`` + ``Tokens.chars``."""
    from kg.extract.candidates import Candidate, align, align_chars
    from kg.extract.patterns import find_patterns
    from kg.extract.phrases import find_phrases

    rng = random.Random(9)
    for t in _seed_texts() + EDGE_TEXTS:
        toks = Tokens.from_doc(nlp.make_doc(t), t)
        cands = find_patterns(t) + find_phrases(t)
        cands += [Candidate(a, a + rng.randint(-2, 12), "Task", "x") for a in
                  (rng.randint(-1, len(t) + 1) for _ in range(200))]
        want = [(*toks.chars(s, e), label, kb) for s, e, label, kb in align(toks, cands)]
        assert align_chars(toks, cands) == want, t[:60]


def test_data_shape_scan_never_misses_a_match():
    """``_data_shape_matches`` finds every ``_DATA_SHAPE`` match (it tries the pattern only at some places)."""
    from kg.extract.patterns import _DATA_SHAPE, _data_shape_matches

    rng = random.Random(12)
    texts = _seed_texts() + EDGE_TEXTS
    pieces = ["Bench", "BENCH", "-bench", "QA", "Q", "A", "-", "12", "K", "k", "x", " ", "Zy", "é"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(20000)]
    for t in texts:
        assert [m.span() for m in _data_shape_matches(t)] == [m.span() for m in _DATA_SHAPE.finditer(t)], t


def test_mention_field_order_is_what_extraction_assumes():
    """``kg.extract._extraction`` builds Mention records positionally, in this order."""
    import dataclasses

    from kg.model import Mention

    assert [f.name for f in dataclasses.fields(Mention)] == [
        "start", "end", "text", "type", "entity_id", "label", "sentence", "source"]


def test_final_mention_chars_equals_final_mentions_then_chars(nlp):
    """The fast path's character-span output of the resolver against ``final_mentions`` + ``chars``."""
    from kg.extract.resolve import _Cand, final_mention_chars, final_mentions

    rng = random.Random(10)
    for t in _seed_texts() + EDGE_TEXTS:
        toks = Tokens.from_doc(nlp.make_doc(t), t)
        taken = []
        for _ in range(200):
            a = rng.randint(-1, len(t) + 1)
            source, rule = rng.choice(["phrase", "lexicon"]), rng.choice(["", "x", "phrase"])
            c = _Cand(a, a + rng.randint(0, 15), "Task", source, rule)
            c.eid, c.label = "e", "l"
            taken.append(c)
        want = [(*toks.chars(s, e), *rest) for s, e, *rest in final_mentions(toks, taken)]
        assert final_mention_chars(toks, taken) == want, t[:60]


def test_guarded_tokenizer_patterns_equal_the_plain_ones():
    """The lean tokenizer's infix and URL patterns, skipped on words without a required character,
    give what the plain patterns give on every chunk of the seed abstracts and the edge texts."""
    from kg.extract.fast import _guarded, infix_from_first_chars, required_chars

    tok = spacy.blank("en").tokenizer
    infix, url = infix_from_first_chars(tok.infix_finditer), _guarded(tok.url_match, None)
    assert infix is not tok.infix_finditer and url is not tok.url_match
    assert required_chars(tok.url_match.__self__).pattern == r"[\x2e]"  # a URL needs a "."
    chunks = {w for t in _seed_texts() + EDGE_TEXTS for w in re.split(r"( +)", t)}
    chunks |= {"state-of-the-art", "e.g.", "3.5%", "x/y", "a@b.io", "www.example.org", "1-2", "Llama3–8B", "…",
               "©2024",
               "a--b", "a---b", "a......b", "x.Y", "a,b", "3+4", "2^-3", "a:b<c>d=e", "word—word", "é-ü", "A.B.C"}
    skipped = 0
    for w in chunks:
        assert [m.span() for m in infix(w)] == [m.span() for m in tok.infix_finditer(w)], w
        assert (url(w) is None) == (tok.url_match(w) is None), w
        skipped += required_chars(tok.infix_finditer.__self__).search(w) is None
    assert skipped > len(chunks) // 2  # most words hold no infix character
    # patterns the reading does not know are left alone
    assert _guarded(re.compile(r"\w+").finditer, ()).__self__.pattern == r"\w+"
    assert required_chars(re.compile("(?i)a")) is None
    assert required_chars(re.compile(r"(?:ab)?c|d")).pattern == r"[\x63\x64]"


def test_suffix_by_last_char_equals_the_plain_search():
    """The suffix search that tries only the alternatives able to end with the word's last character
    finds what spaCy's suffix search finds: on every chunk of the seed abstracts and the edge texts,
    every tail of those chunks, and short constructed words ending in each ASCII character and in
    the non-ASCII characters the pattern names."""
    from kg.extract.fast import _top_level_branches, suffix_by_last_char

    search = spacy.blank("en").tokenizer.suffix_search
    fast = suffix_by_last_char(search)
    assert fast is not search
    assert "|".join(_top_level_branches(search.__self__.pattern)) == search.__self__.pattern
    words = {w for t in _seed_texts() + EDGE_TEXTS for w in re.split(r"\s+", t) if w}
    words |= {w[i:] for w in words for i in range(len(w))}
    odd = {c for c in search.__self__.pattern if not c.isascii()} | {chr(c) for c in range(32, 127)}
    words |= {p + c for c in odd for p in ("", "5", "5k", "ab", "a..", "AB", "°C", "x'", "1\n")}
    words |= {"5km²", "LLM’s", "end...", "a\n", "", "(", "U.S.", "3.5%)", "𝔽"}
    for w in words:
        got, want = fast(w), search(w)
        assert (got and got.span()) == (want and want.span()), repr(w)
    # patterns it cannot read so are left alone
    assert suffix_by_last_char(re.compile("(a)$").search).__self__.pattern == "(a)$"
    assert suffix_by_last_char(re.compile("a$", re.IGNORECASE).search).__self__.flags & re.IGNORECASE


def test_prefix_by_first_char_equals_the_plain_search():
    """The prefix search that tries only the alternatives able to start with the word's first
    character finds what spaCy's prefix search finds (words as in the suffix test, mirrored)."""
    from kg.extract.fast import prefix_by_first_char

    search = spacy.blank("en").tokenizer.prefix_search
    fast = prefix_by_first_char(search)
    assert fast is not search
    words = {w for t in _seed_texts() + EDGE_TEXTS for w in re.split(r"\s+", t) if w}
    words |= {w[:i] for w in words for i in range(1, len(w) + 1)}
    odd = {c for c in search.__self__.pattern if not c.isascii()} | {chr(c) for c in range(32, 127)}
    words |= {c + p for c in odd for p in ("", "5", "ab", "..a", "AB", "'s", "\n1")}
    words |= {"$5", "US$5", "...", "…a", "", "(", "\n", "“Hi", "𝔽"}
    for w in words:
        got, want = fast(w), search(w)
        assert (got and got.span()) == (want and want.span()), repr(w)
    assert prefix_by_first_char(re.compile("(a)").search).__self__.pattern == "(a)"


def test_scan_words_equals_the_two_scans():
    """One pass for the pattern triggers and the phrase heads gives what the two passes give."""
    from kg.extract.fast import scan_words
    from kg.extract.patterns import _triggers

    rng = random.Random(5)
    bits = ["We", "we", "WE", "This", "mAP", "MAP", "chrF", "CHRF", "score", "Score", "SCORE", "learning",
            "Learning", "question-answering", "re-id", "pre-training", "dataset", "called", "propose", "F1",
            "(", "-", " ", "_", "x", "é", "accuracy", "segmentation", "Segmentation", "K"]
    texts = _seed_texts() + EDGE_TEXTS
    texts += ["".join(rng.choice(bits) + rng.choice(["", " ", "-", ", "]) for _ in range(30)) for _ in range(3000)]
    for t in texts:
        got = scan_words(t)
        if got is None:
            assert len(t.lower()) != len(t)
            continue
        triggers, heads = got
        assert heads == _head_words(t), t
        want = _triggers(t)
        assert sorted(triggers) == sorted(want), t
        assert all(sorted(triggers[f]) == sorted(want[f]) for f in want), t
    assert scan_words("İstanbul") is None  # lowercasing lengthens it


def test_ascii_twin_matches_alike_on_ascii_strings():
    """``ascii_twin`` of spaCy's affix and URL patterns finds what they find on ASCII strings
    (random strings over the characters the patterns test, and every printable character in
    context); it declines patterns that ignore case."""
    import random

    from kg.extract.fast import ascii_twin

    tok = spacy.blank("en").tokenizer
    patterns = [tok.infix_finditer.__self__, tok.suffix_search.__self__, tok.prefix_search.__self__,
                tok.url_match.__self__]
    rng = random.Random(13)
    alphabet = [chr(c) for c in range(32, 127)] + ["\n", "\t", "aB", "3", "-", ".", "km", "'s", "http://", "www."]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    texts += [a + c + b for c in map(chr, range(32, 127)) for a in ("a", "A", "3", ".", "") for b in ("b", "B", "4", "")]
    for rx in patterns:
        twin = ascii_twin(rx)
        assert twin is not None
        for t in texts:
            assert [m.span() for m in twin.finditer(t)] == [m.span() for m in rx.finditer(t)], (rx.pattern[:30], t)
            got, want = twin.match(t), rx.match(t)
            assert (got and got.span()) == (want and want.span()), (rx.pattern[:30], t)
    assert ascii_twin(re.compile("(?i)[\u212a]")) is None  # the Kelvin sign folds to "k"
    assert ascii_twin(re.compile("[\u212a]", re.IGNORECASE)) is None
    assert ascii_twin(re.compile("[^é]x")).match("ax") is not None
    assert ascii_twin(re.compile("[é]x")).match("ax") is None


def test_sentence_spans_skip_blank_pieces_like_strip():
    """``_sentence_spans`` keeps a piece exactly when ``text[s:e].strip()`` is not empty (it tests
    the stripped offsets instead of copying the piece)."""
    import random

    from kg.extract import _sentence_spans, _strip

    def plain(text, starts):
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        out = []
        for s, e in zip(starts, starts[1:] + [len(text)]):
            k = text.find("\n", s, e)
            while k != -1:
                if text[s:k].strip():
                    out.append(_strip(text, s, k))
                s, k = k + 1, text.find("\n", k + 1, e)
            if text[s:e].strip():
                out.append(_strip(text, s, e))
        return out or [(0, len(text))]

    rng = random.Random(2)
    for _ in range(30000):
        t = "".join(rng.choice(["a", " ", "\n", "\t", ".", "\u2003", "b c"]) for _ in range(rng.randint(0, 15)))
        starts = sorted({rng.randrange(len(t)) for _ in range(rng.randint(0, 4))}) if t else []
        assert _sentence_spans(t, list(starts)) == plain(t, list(starts)), (t, starts)
