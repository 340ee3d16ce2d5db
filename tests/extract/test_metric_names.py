"""Error rates, agreement and calibration scores are metrics, one entity per metric whatever the spelling."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _mentions(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.entity_id) for m in extract_text(text).mentions}


@pytest.mark.parametrize("text, name, entity", [
    ("The detector lowers the FPR to 2% at a TPR of 95%.", "FPR", "false-positive-rate"),
    ("The detector lowers the FPR to 2% at a TPR of 95%.", "TPR", "true-positive-rate"),
    ("We report the false-negative rate of each screening model.", "false-negative rate", "false-negative-rate"),
    ("Trajectories are scored by ADE and FDE on the test split.", "FDE", "final-displacement-error"),
    ("Forecasts are compared by CRPS and the Brier score.", "CRPS", "continuous-ranked-probability-score"),
    ("Forecasts are compared by CRPS and the Brier score.", "Brier score", "brier-score"),
    ("Annotators agree with Cohen's kappa of 0.81.", "Cohen's kappa", "cohen-kappa"),
    ("The regressor reaches an R^2 of 0.93.", "R^2", "r-squared"),
    ("The regressor reaches an R2 of 0.93.", "R2", "r-squared"),
])
def test_metric_names(text, name, entity):
    assert _mentions(text).get(name) == ("Metric", entity)


def test_a_paper_that_defines_the_letters_otherwise_keeps_its_meaning():
    found = _mentions("We introduce Forward Propagation Refinement (FPR), which refines features. FPR is fast.")
    assert found["FPR"] == ("Method", "forward-propagation-refinement")


@pytest.mark.parametrize("spellings, entity", [
    (["macro F1", "Macro-F1 score", "macro F1-score", "F1 macro"], "macro-f-1"),
    (["RMSE", "root mean square error", "Root Mean Squared Error"], "root-mean-squared-error"),
    (["Pearson correlation coefficient", "PLCC", "Pearson correlation"], "pearson-correlation"),
    (["SROCC", "Spearman rank correlation", "Spearman correlation"], "spearman-correlation"),
    (["top-1", "Top-1 accuracy"], "top-1-accuracy"),
    (["weighted F1 score", "weighted-F1"], "weighted-f-1"),
])
def test_spellings_of_one_metric_are_one_entity(spellings, entity):
    for spelling in spellings:
        found = _mentions(f"The model is scored by {spelling} on the test split.")
        assert found.get(spelling) == ("Metric", entity), (spelling, found)
