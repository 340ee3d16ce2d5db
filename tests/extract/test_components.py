"""kg's rule components on spacy.blank("en") with short real sentences.

Sentences are adapted from abstracts in seeds/000_1e20c9cb9df3eab3.txt (a public
arXiv listing page) or written for the test.
"""

from __future__ import annotations

import spacy
import pytest
from hypothesis import given, settings, strategies as st

from kg.extract import extract_text
from kg.extract.abbrev import find_abbreviation, find_abbreviations, find_short_form_uses, short_form_filter
from kg.extract.patterns import find_patterns, name_type
from kg.extract.phrases import find_phrases, head_type


def _pairs(text):
    return [(text[a.long_start:a.long_end], text[a.short_start:a.short_end]) for a in find_abbreviations(text)]


# -- abbreviations -----------------------------------------------------------------
def test_abbrev_tiny_strings():
    assert _pairs("abbreviation (abbrn)") == [("abbreviation", "abbrn")]
    assert find_abbreviation("abbreviation", "abbrn") == 0
    assert short_form_filter("LoRA") and not short_form_filter("2015") and not short_form_filter("e.g.")


def test_abbrev_real_sentences():
    t = "we propose a simple yet effective regularization method named progressive self-knowledge distillation (PS-KD)"
    assert _pairs(t) == [("progressive self-knowledge distillation", "PS-KD")]
    t = "Simple yet effective methods like Iterative Magnitude Pruning (IMP, Han et al., 2015) remove parameters."
    assert _pairs(t) == [("Iterative Magnitude Pruning", "IMP")]
    t = "We fine-tune with Low-Rank Adaptation (LoRA)."
    assert _pairs(t) == [("Low-Rank Adaptation", "LoRA")]


def test_abbrev_rejects():
    assert _pairs("It reaches 76.2% (Realism) on images.") == []
    assert _pairs("ILLUME+ (3B) exhibits competitive performance") == []
    assert _pairs("the model (e.g., Janus) works") == []


def test_short_form_uses_skip_urls():
    assert find_short_form_uses("PS-KD works; see https://github.com/x/PS-KD-Pytorch", "PS-KD") == [(0, 5)]


def test_abbrev_pair_shares_id_and_type():
    ex = extract_text("We fine-tune with Low-Rank Adaptation (LoRA). LoRA is cheap.")
    found = {(m.text, m.type, m.entity_id) for m in ex.mentions}
    ids = {e for t, _, e in found if t in ("Low-Rank Adaptation", "LoRA")}
    assert len(ids) == 1
    assert {ty for t, ty, _ in found if t in ("Low-Rank Adaptation", "LoRA")} == {"Method"}
    assert sum(m.text == "LoRA" for m in ex.mentions) == 2


# -- patterns ----------------------------------------------------------------------
@pytest.mark.parametrize("name", ["Llama3-8b-instruct", "GPT-4o", "Qwen2.5-VL-7B", "ResNet-50", "OPT-2.7B",
                                  "Vicuna-13B", "Llama2-70b"])
def test_model_names(name):
    t = f"We compare against {name} on two tasks."
    assert (name, "Model") in {(t[c.start:c.end], c.type) for c in find_patterns(t)}


def test_cues_and_shapes():
    t = "We present Harmon, a unified autoregressive framework. To address this issue, we develop a novel framework termed Progressive Image Editing (PIE)."
    got = {(t[c.start:c.end], c.type) for c in find_patterns(t)}
    assert ("Harmon", "Method") in got
    assert ("Progressive Image Editing", "Method") in got
    t = "the success rate on JailbreakBench and TruthfulQA improves top-1 accuracy, FID and BLEU-4."
    got = {(t[c.start:c.end], c.type) for c in find_patterns(t)}
    assert {("JailbreakBench", "Benchmark"), ("TruthfulQA", "Dataset"), ("top-1 accuracy", "Metric"),
            ("FID", "Metric"), ("BLEU-4", "Metric"), ("success rate", "Metric")} <= got


def test_no_false_names():
    t = "As shown in Table 2 and Figure 3, COVID-19 data on an A100 GPU in Section 4."
    assert [t[c.start:c.end] for c in find_patterns(t)] == []


def test_title_name():
    t = "Orca: Progressive Learning from Complex Explanation Traces of GPT-4\n\nOrca learns."
    got = {(t[c.start:c.end], c.rule) for c in find_patterns(t, title_end=t.index("\n"))}
    assert ("Orca", "title") in got


def test_name_type():
    assert name_type("MJHQ30K") == "Model" or name_type("MJHQ30K") == "Dataset"
    assert name_type("X", " dataset") == "Dataset"
    assert name_type("Y", ", a new benchmark for agents") == "Benchmark"


# -- phrases -----------------------------------------------------------------------
def test_phrases_real_sentences():
    t = ("Diffusion models have achieved remarkable success in text-to-image generation. "
         "Existing unified models struggle with image editing due to poor texture preservation.")
    got = {(t[c.start:c.end], c.type) for c in find_phrases(t)}
    assert ("text-to-image generation", "Task") in got
    assert ("image editing", "Task") in got
    assert ("Diffusion models", "Method") in got
    assert not any(p.startswith(("struggle", "Existing")) for p, _ in got)


def test_phrase_head_types():
    assert head_type(["continual", "learning"]) == "Task"
    assert head_type(["curriculum", "learning"]) == "Method"
    assert head_type(["domain", "adaptation"]) == "Task"
    assert head_type(["low-rank", "adaptation"]) == "Method"
    assert head_type(["word", "error", "rate"]) == "Metric"
    assert head_type(["learning", "rate"]) is None


def test_phrase_boundaries():
    t = "This design allows for flexible and efficient context-aware image editing."
    got = [t[c.start:c.end] for c in find_phrases(t)]
    assert got == ["context-aware image editing"]


# -- resolve -----------------------------------------------------------------------
def test_resolve_context_typing_and_generic_words():
    ex = extract_text("Our approach outperforms the baseline model on the FooBar-7 benchmark. It is a method.")
    got = {(m.text, m.type) for m in ex.mentions}
    assert not any(t.lower() in ("approach", "model", "baseline model", "it", "method") for t, _ in got)
    assert any(t.startswith("FooBar-7") and ty == "Benchmark" for t, ty in got)


def test_resolve_drops_citations_and_numbers():
    ex = extract_text("As in [12] and Smith et al. (2020), we use 3 layers.")
    assert all(not m.text.strip("[]").isdigit() and "et al" not in m.text for m in ex.mentions)


def test_resolve_longest_name_wins():
    ex = extract_text("We evaluate GPT-4o mini and CIFAR-100.")
    texts = [m.text for m in ex.mentions]
    assert "GPT-4o mini" in texts and "CIFAR-100" in texts


def test_spans_in_doc(tmp_path):
    from kg.extract import build_nlp

    nlp = build_nlp()
    doc = nlp("We train ResNet-50 on ImageNet.")
    assert [(s.text, s.label_) for s in doc.spans["kg"]] == [("ResNet-50", "Model"), ("ImageNet", "Dataset")]
    assert doc._.kg_sources and len(doc._.kg_labels) == 2


# -- serialisation -----------------------------------------------------------------
@pytest.mark.parametrize("factory", ["kg_abbrev", "kg_patterns", "kg_phrases", "kg_resolve"])
def test_to_bytes_round_trip(factory, tmp_path):
    nlp = spacy.blank("en")
    comp = nlp.add_pipe(factory)
    if factory == "kg_resolve":
        comp.aliases = {"low-rank-adaptation": "LoRA"}
    data = comp.to_bytes()
    new = spacy.blank("en").add_pipe(factory).from_bytes(data)
    comp.to_disk(tmp_path / factory)
    disk = spacy.blank("en").add_pipe(factory).from_disk(tmp_path / factory)
    if factory == "kg_resolve":
        assert new.aliases == disk.aliases == {"low-rank-adaptation": "LoRA"}


def test_pipeline_to_disk_round_trip(tmp_path):
    from kg.extract import build_nlp

    nlp = build_nlp()
    nlp.to_disk(tmp_path / "nlp")
    again = spacy.load(tmp_path / "nlp")
    text = "We evaluate Llama2-70b on GSM8K with Low-Rank Adaptation (LoRA)."
    d1, d2 = again(text), nlp(text)
    assert [(s.text, s.label_) for s in d1.spans["kg"]] == [(s.text, s.label_) for s in d2.spans["kg"]]


# -- fuzz --------------------------------------------------------------------------
_ALPHABET = st.characters(blacklist_categories=("Cs",))
_PIECES = st.sampled_from(["GPT-4o", "(LoRA)", "Low-Rank Adaptation", " ", "\n\n", "...", "((", "))", "-", "[12]",
                           "on the ", " dataset", "we propose ", "ImageNet", "é", "\u200b", "ﬁ", "İ", ",,,,", "@@"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.text(_ALPHABET, max_size=30), _PIECES), max_size=30))
def test_fuzz_offsets_valid(pieces):
    text = "".join(pieces)
    ex = extract_text(text)
    for m in ex.mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert 0 <= m.sentence < max(1, len(ex.sentences))
    for s, e in ex.sentences:
        assert 0 <= s <= e <= len(text)


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 5000), st.sampled_from(["a", "A", ".", "(", "-", "1", "x" * 50]))
def test_fuzz_huge_tokens(n, piece):
    text = piece * n
    ex = extract_text(text)
    assert all(text[m.start:m.end] == m.text for m in ex.mentions)


def _plain_find_abbreviation(long_candidate, short):
    """kg.extract.abbrev.find_abbreviation before its rfind shortcut (the S&H walk, character by character),
    with its one addition: a first "x" may be the x of a word opening with "ex"."""
    def ex_initial(i):  # long_candidate[i] is the x of "ex..." at a word start
        return (long_candidate[i].lower() == "x" and i > 0 and long_candidate[i - 1] in "eE"
                and (i == 1 or not long_candidate[i - 2].isalnum()))

    s, i = len(short) - 1, len(long_candidate) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (long_candidate[i].lower() != c
                          or (s == 0 and i > 0 and long_candidate[i - 1].isalnum() and not ex_initial(i))):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    start = i + 1
    if short[:1].lower() == "x" and start < len(long_candidate) and ex_initial(start):
        start -= 1
    if start > 0 and long_candidate[start - 1].isalnum():
        return None
    return start


def test_find_abbreviation_equals_the_character_walk():
    """The rfind shortcut of ``find_abbreviation`` (ASCII long forms) finds what the walk finds."""
    import random

    from kg.extract.abbrev import find_abbreviation

    rng = random.Random(21)
    chars = "aAbBcClLrReExX -_2(Σİé"
    for _ in range(60000):
        long_candidate = "".join(rng.choice(chars) for _ in range(rng.randint(0, 16)))
        short = "".join(rng.choice("aAbBlLrRxX2-.İé") for _ in range(rng.randint(1, 5)))
        assert find_abbreviation(long_candidate, short) == _plain_find_abbreviation(long_candidate, short), (
            long_candidate, short)


def test_a_versioned_model_in_brackets_after_a_class_is_no_long_form():
    # "a vision-language LLM (LLaMA 3.2 Instruct)": an instance of the class, which must not
    # become an alias of LLM; a real reversed definition stays
    assert _pairs("We test a vision-language LLM (LLaMA 3.2 Instruct) on scans.") == []
    assert _pairs("We adopt ViGen (video generation) for the task.") == [("video generation", "ViGen")]
