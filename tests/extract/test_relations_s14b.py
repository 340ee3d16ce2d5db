"""Relation precision, fourteenth session round 4: a comparison verb's bracketed list of names.

Every sentence here is invented for the test (none is quoted from an abstract or a gold set);
each rule has a case that must fire and a near miss that must stay silent.
"""

from __future__ import annotations

from dataclasses import replace

from test_relations import make_doc  # (same folder: pytest puts it on the path)
from test_relations_recall import pairs

from kg.extract.relations import _data_trigger, extract_relations


def _compared(text: str, names: dict[str, str]) -> set[tuple[str, str]]:
    return pairs(text, names, "comparedWith") | pairs(text, names, "outperforms")


# ---------------------------------------------------------------- "compare CLASS (A, B) with Y"
def test_a_class_is_not_compared_with_its_bracketed_members():
    names = {"code models": "Method", "CodeLark-7B": "Model", "StarFinch-3B": "Model"}
    text = "We compare two open code models (CodeLark-7B and StarFinch-3B) with human programmers on legacy code."
    got = _compared(text, names)
    assert ("code models", "CodeLark-7B") not in got
    assert ("code models", "StarFinch-3B") not in got
    assert ("CodeLark-7B", "StarFinch-3B") not in got


def test_bracketed_members_are_compared_with_what_follows_the_bracket():
    names = {"code models": "Method", "CodeLark-7B": "Model", "StarFinch-3B": "Model", "BM25": "Method"}
    text = "We compare two neural code models (CodeLark-7B and StarFinch-3B) against BM25 on code search."
    got = _compared(text, names)
    assert {("CodeLark-7B", "BM25"), ("StarFinch-3B", "BM25")} <= got
    assert ("CodeLark-7B", "StarFinch-3B") not in got
    assert ("code models", "CodeLark-7B") not in got


def test_a_bracketed_list_with_nothing_after_it_compares_nothing():
    names = {"chat models": "Method", "Orbit-2": "Model", "Comet-4": "Model", "Lumen-1": "Model"}
    text = "We compare three chat models (Orbit-2, Comet-4, Lumen-1) under different prompting styles."
    assert _compared(text, names) == set()


def test_a_single_bracketed_alias_still_compares():
    # near miss: "(PPO)" is an alias, not a list; the comparison stands
    names = {"ZetaRL": "Method", "proximal policy optimization": "Method", "PPO": "Method"}
    text = "We compare ZetaRL with proximal policy optimization (PPO) on five control tasks."
    got = _compared(text, names)
    assert ("ZetaRL", "proximal policy optimization") in got or ("ZetaRL", "PPO") in got


def test_a_plain_list_is_still_compared_pairwise():
    # near miss: no bracket, "compare A, B and C" compares each pair
    names = {"Orbit-2": "Model", "Comet-4": "Model", "Lumen-1": "Model"}
    text = "We compare Orbit-2, Comet-4 and Lumen-1 on long-form question answering."
    assert {("Orbit-2", "Comet-4"), ("Orbit-2", "Lumen-1"), ("Comet-4", "Lumen-1")} <= _compared(text, names)


# ---------------------------------------------------------------- "in D" that runs no test on D
def test_errors_found_in_a_data_set_are_no_evaluation():
    names = {"TileFormer": "Method", "RoofSet": "Dataset"}
    text = ("We present TileFormer. For evaluation, we annotated a new dataset and corrected annotation errors "
            "in the existing RoofSet dataset.")
    assert pairs(text, names, "evaluatedOn") == set()


def test_the_prevalence_of_a_flaw_in_a_data_set_is_no_evaluation():
    names = {"StaleEdit": "Method", "EditBench-7": "Dataset"}
    text = "We identify the prevalence of StaleEdit in existing EditBench-7 datasets and show its impact on results."
    assert pairs(text, names, "evaluatedOn") == set()


def test_in_particular_is_no_data_set_preposition():
    # the trigger read on the text left of a data-set mention
    assert _data_trigger("We test new strategies; in particular pairing ", " (VC) with ScaleNorm-X") is None
    assert _data_trigger("TileFormer achieves the best accuracy in the ", " benchmark")[1] == "in_dataset"


def test_results_in_a_data_set_are_still_an_evaluation():
    # near miss: "achieves the best accuracy in D" reports a test on D
    names = {"TileFormer": "Method", "RoofSet": "Dataset"}
    text = "TileFormer achieves the best accuracy in the RoofSet benchmark, with 4% fewer errors."
    assert ("TileFormer", "RoofSet") in pairs(text, names, "evaluatedOn")


# ---------------------------------------------------------------- benchmarkFor: what the data holds, then its purpose
def test_a_benchmark_of_n_items_designed_to_evaluate_a_task():
    names = {"MapQuiz": "Benchmark", "cartographic reasoning": "Task"}
    text = ("We introduce MapQuiz, a new benchmark of 512 expert-written questions designed to evaluate "
            "a model's capacity for cartographic reasoning.")
    assert pairs(text, names, "benchmarkFor") == {("MapQuiz", "cartographic reasoning")}


def test_a_corpus_with_annotations_intended_for_a_task():
    names = {"KoraVoice": "Dataset", "expressive speech synthesis": "Task"}
    text = ("We release KoraVoice, a multi-speaker speech corpus with tone-marked transcriptions, intended for "
            "expressive speech synthesis.")
    assert pairs(text, names, "benchmarkFor") == {("KoraVoice", "expressive speech synthesis")}


def test_content_without_a_purpose_participle_links_nothing_new():
    # near miss: "with ... from T" states no purpose; the content phrase needs a participle after it
    names = {"KoraVoice": "Dataset", "expressive speech synthesis": "Task"}
    text = "We release KoraVoice, a speech corpus with transcriptions reused from expressive speech synthesis work."
    assert pairs(text, names, "benchmarkFor") == set()


# ---------------------------------------------------------------- a generic technique is no "our method"
def _evaluated_with_lexicon_names(text: str, names: dict[str, str]) -> set[tuple[str, str]]:
    """evaluatedOn pairs when every Method is a lexicon mention (as a known technique is)."""
    doc = make_doc(text, names)
    doc.mentions = [replace(m, source="lexicon") if m.type == "Method" else m for m in doc.mentions]
    return {(doc.mentions[r.head].text, doc.mentions[r.tail].text)
            for r in extract_relations(doc)[0] if r.predicate == "evaluatedOn" and r.head is not None}


def test_a_proposed_generic_technique_does_not_stand_for_our_method():
    names = {"knowledge distillation": "Method", "CIFAR-10": "Dataset"}
    text = ("We propose knowledge distillation for unlearning subgroups. Extensive experiments on CIFAR-10 "
            "demonstrate that our approach effectively unlearns the chosen classes.")
    assert _evaluated_with_lexicon_names(text, names) == set()


def test_a_proposed_named_method_still_stands_for_our_method():
    # near miss: a known name (capitals inside) is the paper's own method
    names = {"SubForget": "Method", "CIFAR-10": "Dataset"}
    text = ("We propose SubForget for unlearning subgroups. Extensive experiments on CIFAR-10 "
            "demonstrate that our approach effectively unlearns the chosen classes.")
    assert _evaluated_with_lexicon_names(text, names) == {("SubForget", "CIFAR-10")}


def test_a_bracketed_list_cut_by_an_item_that_is_no_mention_is_still_members():
    names = {"chat models": "Method", "Orbit-2.5": "Model", "Comet-4": "Model"}
    text = "We compared five chat models (Orbit-2.5, an older in-house baseline, Comet-4) with human raters."
    got = _compared(text, names)
    assert ("chat models", "Orbit-2.5") not in got
    assert ("chat models", "Comet-4") not in got
