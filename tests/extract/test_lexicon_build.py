"""The lexicon matcher's tables against a straightforward build: one Doc per spelling.

:meth:`LexiconMatcher._build` tokenizes the spellings as one text with a lean copy of
the pipeline's tokenizer (see ``_spelling_lowers``); the tables it makes must be those
of the plain way (every spelling its own Doc from the pipeline's own tokenizer and
vocab, as kg built them before), on the shipped lexicon and on spellings chosen to
stress the tokenizer (special cases, affixes, URLs, odd whitespace).
"""

from __future__ import annotations

import json

import ahocorasick
import pytest
import spacy
from spacy.attrs import LOWER, ORTH
from spacy.tokenizer import Tokenizer

from kg.extract import build_nlp, lexicon
from kg.extract.pipeline import _alias_table
from kg.extract.lexicon import (
    _SEPARATOR,
    _UNKNOWN,
    _WIDTH,
    LexiconMatcher,
    _code,
    _lowers_joined,
    _spellings,
    _twin,
    capitalized_spellings,
    needs_exact_case,
    surface_variants,
)

#: spellings that stress the tokenizer: special cases ("can't", ":)", "e.g.", "vs."), prefixes,
#: suffixes and infixes, URLs and e-mail addresses, non-ASCII text, and whitespace other than
#: single spaces between words (tabs, newlines, double, leading and trailing spaces)
TRICKY = [
    "can't stop", "Don't Repeat", ":) emoticon", "e.g. tuning", "GPT-4 vs. Llama", "U.S. census",
    "(RoBERTa)", "\"quoted\" name", "GSM8K.", "MATH.", "ViT-B/16", "top-1 accuracy", "F1-score",
    "10km run", "5% data", "$100 budget", "https://example.org/model", "a@b.org", "x--y", "A/B test",
    "İstanbul corpus", "Øresund dataset", "naïve Bayes", "Llama 3.1 8B", "R@1", "k-NN", "t-SNE",
    "BLEU-4", "ROUGE-L", "Ph.D. thesis", "Inc. model", "3D-CNN", "C++ code", "C# model", "em\u2014dash model",
]
#: spellings with whitespace other than single spaces between words: tokenized one by one
ODD_SPACES = ["two  spaces", " leading space", "trailing space ", "tab\tinside", "\u00a0nbsp name", "both\u2009thin"]
ODD_LINES = ["new\nline", "end\n", "\n\nparagraph"]


def reference_tables(matcher: LexiconMatcher, tokenizer) -> tuple[dict, dict, tuple, list]:
    """``(_codes, _code_numbers, _codes_by_number, automaton items)`` built the plain way."""
    spellings = {}
    for index, entry in enumerate(matcher._entries):
        for rank, surface in enumerate([entry["name"], *entry["aliases"]]):
            strict = needs_exact_case(surface, entry["type"])
            for vrank, variant in enumerate(surface_variants(surface, entry["type"])):
                priority = (0 if rank == 0 else 2) + (1 if vrank else 0)
                exact = variant if strict or needs_exact_case(variant, entry["type"]) else None
                spellings.setdefault(variant, []).append((priority, exact, index))
                if exact is not None and variant.count(" ") >= 2 and variant.islower():
                    for spelling in capitalized_spellings(variant):  # (a title's and a sentence's spellings)
                        spellings.setdefault(spelling, []).append((priority, spelling, index))
    codes, table = {}, {}
    for spelling in spellings:
        doc = tokenizer(spelling)
        if any(t.is_space for t in doc):
            continue
        key = ""
        for lower in doc.to_array(LOWER).tolist():
            if lower not in codes:
                codes[lower] = _code(len(codes) + 1)
            key += codes[lower]
        for priority, exact, index in spellings[spelling]:
            table.setdefault(key, []).append((priority, spelling.lower(), exact, index))
    automaton = ahocorasick.Automaton()
    for key, cands in table.items():
        cands.sort(key=lambda c: (c[0], c[3]))
        uniq = tuple(dict.fromkeys((low, exact, index) for _, low, exact, index in cands))
        automaton.add_word(key, (len(key) // _WIDTH, uniq))
    strings = tokenizer.vocab.strings
    numbers = {strings[lower]: n for n, lower in enumerate(codes, 1)}
    return codes, numbers, (_UNKNOWN, *codes.values()), list(automaton.items())


def built_tables(matcher: LexiconMatcher) -> tuple[dict, dict, tuple, list]:
    """The same four of ``matcher`` as :meth:`LexiconMatcher._build` made them."""
    matcher.token_codes()
    return matcher._codes, matcher._code_numbers, matcher._codes_by_number, list(matcher._automaton.items())


def assert_same_tables(got, want) -> None:
    codes, numbers, by_number, items = got
    want_codes, want_numbers, want_by_number, want_items = want
    assert list(codes.items()) == list(want_codes.items())  # the order gives the code numbers
    assert list(numbers.items()) == list(want_numbers.items())
    assert by_number == want_by_number
    assert items == want_items


def tricky_entries(odd=(*ODD_SPACES, *ODD_LINES)) -> list[dict]:
    types = ["Method", "Model", "Dataset", "Benchmark", "Metric", "Task"]
    return [{"name": name.strip(), "type": types[i % len(types)], "aliases": [name.upper(), name.title()]}
            for i, name in enumerate([*TRICKY, *odd])] + [{"name": "Odd Aliases", "type": "Task", "aliases": list(odd)}]


@pytest.fixture()
def joined(monkeypatch):
    """The spellings :func:`_lowers_joined` tokenized as one text (its answer was not None)."""
    seen = []
    real = lexicon._lowers_joined

    def spy(tokenizer, spellings):
        got = real(tokenizer, spellings)
        assert got is not None
        seen.extend(spellings)
        return got

    monkeypatch.setattr(lexicon, "_lowers_joined", spy)
    return seen


def test_shipped_lexicon_in_kg_pipeline_matches_the_plain_build(joined):
    nlp = build_nlp()
    matcher = nlp.get_pipe("kg_lexicon")
    want = reference_tables(matcher, _twin(nlp.tokenizer))
    assert_same_tables(built_tables(matcher), want)


@pytest.mark.parametrize("odd", [ODD_SPACES, ODD_LINES, ()])
def test_tricky_spellings_match_the_plain_build(odd, joined):
    nlp = build_nlp()
    matcher = nlp.get_pipe("kg_lexicon")
    matcher.initialize(entries=tricky_entries(odd))
    want = reference_tables(matcher, _twin(nlp.tokenizer))
    assert_same_tables(built_tables(matcher), want)
    one_by_one = set(_spellings(matcher._entries)).difference(joined)
    assert len(joined) > 100 and one_by_one == {s for s in one_by_one if s.split() != s.split(" ")}
    assert len(one_by_one) >= len(odd)


def test_matcher_without_pipeline_matches_the_plain_build():
    matcher = LexiconMatcher(None)
    matcher.initialize(entries=tricky_entries())
    want = reference_tables(matcher, spacy.blank("en").tokenizer)
    assert_same_tables(built_tables(matcher), want)


def test_custom_tokenizer_is_read_one_spelling_at_a_time():
    """A tokenizer that is not spaCy's (no lean copy) tokenizes each spelling itself."""
    nlp = spacy.blank("en")
    plain = nlp.tokenizer
    nlp.tokenizer = lambda text: plain(text)
    matcher = nlp.add_pipe("kg_lexicon")
    matcher.initialize(entries=tricky_entries())
    want = reference_tables(matcher, plain)
    assert_same_tables(built_tables(matcher), want)


def test_a_special_case_holding_the_separator_is_not_joined():
    """A rule whose string holds the separator could reach across two spellings: one by one then."""
    nlp = spacy.blank("en")
    tokenizer = _twin(nlp.tokenizer)
    assert _lowers_joined(tokenizer, ["GPT-4", "Llama 3"]) is not None
    tokenizer.add_special_case(f"x{_SEPARATOR}y", [{ORTH: f"x{_SEPARATOR}y"}])
    assert _lowers_joined(tokenizer, ["GPT-4", "Llama 3"]) is None
    nlp.tokenizer.add_special_case(f"x{_SEPARATOR}y", [{ORTH: f"x{_SEPARATOR}y"}])
    matcher = nlp.add_pipe("kg_lexicon")
    matcher.initialize(entries=tricky_entries())
    assert_same_tables(built_tables(matcher), reference_tables(matcher, _twin(nlp.tokenizer)))


@pytest.mark.parametrize("text", [
    "We fine-tune Llama 3.1 8B (vs. GPT-4) with naïve Bayes on the U.S. census, e.g. top-1 accuracy.",
    "ROUGE-L and BLEU-4 on 3D-CNN; see https://example.org/model or a@b.org :) can't stop",
])
def test_matches_on_text_are_those_of_the_plain_build(text):
    nlp = build_nlp()
    matcher = nlp.get_pipe("kg_lexicon")
    matcher.initialize(entries=tricky_entries())
    doc = nlp.make_doc(text)
    got = matcher.match(doc)
    plain = LexiconMatcher(nlp)
    plain.initialize(entries=tricky_entries())
    plain._codes, plain._code_numbers, plain._codes_by_number, items = reference_tables(plain, _twin(nlp.tokenizer))
    plain._automaton = ahocorasick.Automaton()
    for key, value in items:
        plain._automaton.add_word(key, value)
    plain._automaton.make_automaton()
    assert got == plain.match(doc) and got


@pytest.mark.parametrize("custom", [False, True])
def test_build_nlp_reads_the_lexicon_once(monkeypatch, tmp_path, custom):
    """One read feeds the matcher and the resolver's aliases (the shipped file was read twice, a custom one three times)."""
    path = None
    if custom:
        path = tmp_path / "lexicon.jsonl"
        path.write_text("".join(json.dumps(e) + "\n" for e in tricky_entries()), encoding="utf8")
    reads = []
    real = lexicon.load_lexicon

    def counted(path=None):
        reads.append(path)
        return real(path)

    monkeypatch.setattr(lexicon, "load_lexicon", counted)
    nlp = build_nlp(lexicon_path=path)
    assert reads == [path]
    entries = real(path)
    assert len(nlp.get_pipe("kg_lexicon")) == len(entries)
    assert nlp.get_pipe("kg_resolve").aliases == _alias_table(entries)
