"""The subject of a result is the Model/Method that scored the value, never a rival, a data set
or a tool named near it; when the sentence does not say, the subject is empty. Sentences are
constructed (shapes read in arXiv abstracts of the 75k corpus); mentions are placed by hand."""

from __future__ import annotations

import pytest

from kg.extract.relations import extract_relations

from test_relations import make_doc  # (same folder: pytest puts it on the path)

NAMES = {"FooNet": "Method", "BazNet": "Model", "QuxNet": "Model", "BarSet": "Dataset",
         "BazBench": "Method",  # a benchmark the entity extractor typed as a method
         "accuracy": "Metric", "F1": "Metric", "mIoU": "Metric"}


def subjects(text: str) -> list[tuple[float, str | None]]:
    """(value, subject name) of each result of ``text``."""
    doc = make_doc(text, NAMES)
    name = lambda i: None if i is None else doc.mentions[i].text  # noqa: E731
    return [(r.value, name(r.subject)) for r in extract_relations(doc)[1]]


@pytest.mark.parametrize("text, expected", [
    ("The model reaches an F1 of 0.91, surpassing BazNet.", [(0.91, None)]),
    ("Our models are 12x faster than BazNet at inference.", [(12.0, None)]),
    ("The final system gets 88.2% accuracy, outperforming the baseline BazNet model (85.1%).", [(88.2, None)]),
    ("The agent reaches 70.2% accuracy on BarSet with a BazNet encoder.", [(70.2, None)]),
])
def test_a_name_after_the_value_is_no_subject(text, expected):
    # rivals ("surpassing Y", "than Y"), data and tools after a value did not score it
    assert subjects(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The study reports a macro F1 of 0.71 for BazNet.", [(0.71, "BazNet")]),
    ("The best F1 of 0.88 is achieved by BazNet.", [(0.88, "BazNet")]),
    ("The highest mIoU of 41.3 and F1 of 0.62 were achieved by the BazNet model.",
     [(41.3, "BazNet"), (0.62, "BazNet")]),
])
def test_for_and_achieved_by_name_the_scorer(text, expected):
    assert subjects(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("FooNet beats BazNet on BarSet (81.2% vs. 77.5% accuracy).", (77.5, None)),
    ("FooNet reaches 81.2% accuracy on BarSet, compared to 77.5% for BazNet.", (77.5, "BazNet")),
    ("FooNet reaches a mIoU of 40.1, compared to BazNet's mIoU of 35.2.", (35.2, None)),
    ("FooNet reaches a mIoU of 40.1, surpassing the baseline student's 35.2 mIoU.", (35.2, None)),
])
def test_a_rivals_value_is_not_the_sentence_subjects(text, expected):
    assert expected in subjects(text)


def test_more_than_bounds_the_subjects_own_value():
    # "more than 95%" is no comparison with another system
    assert subjects("FooNet keeps more than 95% accuracy.") == [(95.0, "FooNet")]


@pytest.mark.parametrize("text, expected", [
    ("FooNet reaches 93.5% accuracy in BazBench v1 and 87.1% accuracy in BazBench v2.",
     [(93.5, "FooNet"), (87.1, "FooNet")]),
    ("FooNet gives a 3.7x speedup on QuxNet and a 2.6x speedup on BazNet.",
     [(3.7, "FooNet"), (2.6, "FooNet")]),
    ("FooNet reaches 93.5% accuracy in BazBench (QuxNet) and 87.1% accuracy in BarSet.",
     [(93.5, "FooNet"), (87.1, "FooNet")]),
])
def test_the_target_of_an_earlier_value_is_no_subject(text, expected):
    # "X% on D1 and Y% on D2": D1 (or the model a method is applied to) is what X% was measured on
    assert subjects(text) == expected


def test_respectively_pairs_values_with_names_by_position():
    text = "The scores reach 76% accuracy and 80% accuracy for BazNet and QuxNet, respectively."
    assert subjects(text) == [(76.0, None), (80.0, None)]
    # one name per value is no pairing by position, and the digit of "F1" is no value
    text = "The study reports 0.71 F1 for BazNet and 0.65 for QuxNet in two languages, respectively."
    assert subjects(text)[0] == (0.71, "BazNet")
