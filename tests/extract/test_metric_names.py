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
