"""Public reference databases (clinical, biological, geographic, knowledge graphs) are datasets, not methods."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


@pytest.mark.parametrize("text, name, entity", [
    ("We train on MIMIC-IV and test on eICU-CRD.", "MIMIC-IV", "mimiciv"),
    ("We train on MIMIC-IV and test on eICU-CRD.", "eICU-CRD", "eicu"),
    ("Road graphs are extracted from OpenStreetMap (OSM) tiles.", "OpenStreetMap", "openstreetmap"),
    ("Entities are linked to Wikidata and YAGO.", "Wikidata", "wikidata"),
    ("Expression profiles come from The Cancer Genome Atlas (TCGA).", "TCGA", "tcga"),
    ("Structures are taken from the Protein Data Bank and sequences from UniProtKB.", "UniProtKB", "uniprot"),
])
def test_reference_databases_are_datasets(text, name, entity):
    found = {m.text: (m.type, m.entity_id) for m in extract_text(text).mentions}
    assert found.get(name) == ("Dataset", entity), found


@pytest.mark.parametrize("text, name, entity, type_", [
    ("Results on CIFAR-10/100 show the same trend.", "CIFAR-10/100", "cifar-10-100", "Dataset"),
    ("Forecasts are trained on ERA5 reanalysis data.", "ERA5", "era-5", "Dataset"),
    ("We evaluate on the NTIRE challenge test set.", "NTIRE", "ntire", "Benchmark"),
    ("LLMs still fail at Theory of Mind (ToM) tasks.", "ToM", "theory-of-mind", "Task"),
    ("The classifier reaches an F1 macro of 0.71.", "F1 macro", "macro-f-1", "Metric"),
    ("Our detector improves NDS by 2.1 points on nuScenes.", "NDS", "nuscenes-detection-score", "Metric"),
    ("We test long-context recall on RULER and MuSiQue.", "RULER", "ruler", "Benchmark"),
    ("We test long-context recall on RULER and MuSiQue.", "MuSiQue", "musique", "Benchmark"),
    ("Tumours are segmented on BraTS and lesions on ISIC.", "ISIC", "isic", "Dataset"),
])
def test_names_the_shape_rules_mistyped(text, name, entity, type_):
    found = {m.entity_id: (m.type, m.text) for m in extract_text(text).mentions}
    assert found.get(entity, ("", ""))[0] == type_ and name in found[entity][1], found
