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
