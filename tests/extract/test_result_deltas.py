"""Reported values, not differences: a result record holds what a method scored, never by how much
it beat something. Sentences are constructed (shapes read in arXiv abstracts of the 75k corpus);
mentions are placed by hand, so the entity extractor does not matter here."""

from __future__ import annotations

import pytest

from kg.extract.relations import extract_relations

from test_relations import make_doc  # (same folder: pytest puts it on the path)

NAMES = {"FooNet": "Method", "BarSet": "Dataset", "accuracy": "Metric", "mIoU": "Metric", "FID": "Metric",
         "F1": "Metric", "mAP": "Metric", "NDCG@10": "Metric", "HOTA": "Metric", "throughput": "Metric"}


def values(text: str) -> list[tuple[float, str]]:
    doc = make_doc(text, NAMES)
    return [(r.value, r.unit) for r in extract_relations(doc)[1]]


@pytest.mark.parametrize("text", [
    "FooNet reaches 81.2% accuracy on BarSet, a +2.4% gain over the baseline.",
    "FooNet reaches 81.2% accuracy on BarSet and improves the baseline by +2.4%.",
    "FooNet reaches 81.2% accuracy on BarSet, surpassing prior work by 1.1% and 2.3 FID.",
])
def test_signed_and_listed_differences_are_not_results(text):
    assert values(text) == [(81.2, "%")]


@pytest.mark.parametrize("text", [
    "FooNet brings gains of up to 4.1% in F1 on BarSet.",
    "FooNet yields improvements of 2.4% mAP on BarSet.",
    "FooNet gives an increase in accuracy of 12.5% on BarSet.",
    "FooNet improves retrieval on BarSet by 24.5% to 32.7% NDCG@10.",
    "FooNet achieves 0.19%, 1.22%, and 0.72% higher accuracy on BarSet.",
    "Strong baselines suffer up to 70% accuracy loss on BarSet.",
    "FooNet improves throughput up to 60% on BarSet.",
    "FooNet achieves +7.9 mIoU on BarSet.",
])
def test_improvements_of_any_shape_are_not_results(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("FooNet achieves up to 60% accuracy on BarSet.", [(60.0, "%")]),
    ("FooNet lifts accuracy to 95.1% on BarSet.", [(95.1, "%")]),
    ("FooNet achieves an accuracy of 81.2% on BarSet and a mIoU of 40.5.", [(81.2, "%"), (40.5, "")]),
])
def test_absolute_values_stay(text, expected):
    assert values(text) == expected


def test_a_latex_tie_is_a_space():
    # "76.86~HOTA at 31~FPS": LaTeX's unbreakable space, left in abstracts
    assert values("FooNet achieves a new state of the art of 76.86~HOTA at 31~FPS on BarSet.") == [(76.86, "")]


def test_an_example_in_brackets_is_not_a_result():
    assert values("FooNet keeps 80.1% accuracy on BarSet at tiny label budgets (e.g., 0.02%).") == [(80.1, "%")]


@pytest.mark.parametrize("text, expected", [
    ("FooNet delivers relative gains ranging from 16.6% to 50.9% on BarSet.", []),
    ("FooNet reaches 66.2% accuracy on BarSet, up from 57.5%.", [(66.2, "%")]),
    ("FooNet gives a 4.1% accuracy enhancement on BarSet.", []),
    ("FooNet reaches 90.1% accuracy (TAR@0.1% FAR) on BarSet.", [(90.1, "%")]),
])
def test_ranges_starting_points_and_thresholds(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", ["FooNet gives up to a 66% mIoU accuracy improvement on BarSet.",
                                  "FooNet achieves a 13.1% performance gain on BarSet."])
def test_a_named_gain_after_the_value_is_a_difference(text):
    assert values(text) == []


@pytest.mark.parametrize("text", ["FooNet cuts FLOPs with only a loss of accuracy of 1.7% on BarSet.",
                                  "FooNet achieves 29.1% faster convergence on BarSet."])
def test_a_loss_of_a_metric_and_a_relative_speed_are_differences(text):
    assert values(text) == []


def subjects(text: str, names: dict[str, str]) -> list[tuple[float, str | None]]:
    doc = make_doc(text, names)
    return [(r.value, None if r.subject is None else doc.mentions[r.subject].text)
            for r in extract_relations(doc)[1]]


def test_a_value_right_after_a_name_is_that_names():
    names = {"FooNet": "Method", "BazNet": "Model", "accuracy": "Metric", "average score": "Metric"}
    # (a value in brackets is never a result of its own: too often a rival's or a setting)
    assert subjects("FooNet reaches 91.0% accuracy, comparable to BazNet (91.9%).", names) == [(91.0, "FooNet")]
    assert subjects("Here FooNet's 81.6 average score exceeds BazNet's 80.9 average score.", names) == [
        (81.6, "FooNet"), (80.9, "BazNet")]


def test_a_rival_with_its_own_value_is_not_the_subject_found_on_the_right():
    names = {"BazNet": "Model", "accuracy": "Metric"}
    assert subjects("Our model reaches 91.0% accuracy, comparable to BazNet (91.9%).", names) == [(91.0, None)]
