"""Named queries and docs/queries/*.rq, run on the sample graph by pyoxigraph and rdflib."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import KgError
from kg.rdf.export import to_rdflib
from kg.rdf.queries import (
    QUERIES,
    QueryRefused,
    check_query,
    format_results,
    render_rq,
    run_named,
    run_query,
    term_text,
)
from kg.rdf.store import load_store

DOCS = Path(__file__).resolve().parents[2] / "docs" / "queries"

#: query -> (bindings, columns to compare, expected rows as display text)
EXPECTED = {
    "top_benchmarks": ({}, ("label", "papers"), [("BBH", "1"), ("MathVista", "1")]),
    "models_on_benchmark": (
        {"benchmarkLabel": "MathVista"},
        ("modelLabel", "value", "unit", "metricLabel", "paper"),
        [("Vision-R1-7B", "73.5", "%", "accuracy", "paper:arXiv:2503.06749")],
    ),
    "compared_with": (
        {"entityLabel": "Vicuna-13B"},
        ("otherLabel", "relation", "winnerLabel"),
        [("Orca", "outperformed by", "Orca")],
    ),
    "proposed_with": (
        {"withLabel": "GRPO"},
        ("proposedLabel", "type", "paper"),
        [("Vision-R1", "Model", "paper:arXiv:2503.06749")],
    ),
    "comentioned_with": ({"entityLabel": "LoRA"}, ("otherLabel", "papers"), [("SaRA", "1")]),
    "fact_evidence": (
        {"subjectLabel": "Orca", "predicate": "kg:outperforms", "objectLabel": "Vicuna-13B"},
        ("quote", "paper", "rule", "confidence", "support"),
        [("Orca surpasses Vicuna-13B by more than 100% on BBH.", "paper:arXiv:2306.02707",
          "surpasses", "0.85", "1")],
    ),
    "benchmark_results": (
        {"benchmarkLabel": "MathVista"},
        ("modelLabel", "metricLabel", "value", "valueText", "quote"),
        [("Vision-R1-7B", "accuracy", "73.5", "73.5%",
          "Vision-R1-7B achieves 73.5% accuracy on MathVista.")],
    ),
    "model_families": ({}, ("familyLabel", "variants", "variantLabels"),
                       [("Vision-R1", "1", "Vision-R1-7B")]),
    "paper_benchmarks": (
        {},
        ("paperId", "type", "entityLabel"),
        [("arXiv:2306.02707", "Benchmark", "BBH"), ("arXiv:2503.06749", "Benchmark", "MathVista")],
    ),
    "mentions_per_year": ({"entityLabel": "Orca"}, ("year", "papers"), [("2023", "1")]),
    "trending_benchmarks": ({"trendClass": "rising"}, ("label", "trendClass", "papers"),
                            [("MathVista", "rising", "1")]),
    # the sample graph states no benchmarkFor: tests/extract/test_benchmark_for.py runs it on one that does
    "benchmarks_for_task": ({"taskLabel": "mathematical reasoning"}, ("dataLabel", "quote"), []),
    "entity_types": ({}, ("type", "entities"),
                     [("Model", "5"), ("Method", "3"), ("Benchmark", "2"), ("Metric", "1")]),
}


def test_compared_with_names_the_winner_from_both_sides(sources):
    variables, rows = run_named(sources["ttl"], "compared_with", entityLabel="Orca")
    assert _pick(variables, rows, ("otherLabel", "relation", "winnerLabel")) == [
        ("Vicuna-13B", "outperforms", "Orca")]


def _pick(variables, rows, columns):
    idx = [variables.index(c) for c in columns]
    return [tuple(term_text(row[i]) for i in idx) for row in rows]


def test_every_named_query_is_tested_and_documented():
    assert set(EXPECTED) == set(QUERIES)
    assert len(QUERIES) >= 10
    on_disk = {p.stem for p in DOCS.glob("*.rq")}
    assert on_disk == set(QUERIES), "regenerate with: python -m kg.rdf.queries docs/queries"


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_rq_file_matches_named_query(name):
    text = (DOCS / f"{name}.rq").read_text(encoding="utf-8")
    assert text == render_rq(name), "regenerate with: python -m kg.rdf.queries docs/queries"
    assert text.startswith(f"# {name}: ")


@pytest.fixture
def sources(rdf_dir, tmp_path, trend_graph):
    store = load_store(rdf_dir / "graph.nt", tmp_path / "store")
    return {"ttl": rdf_dir / "graph.ttl", "jsonld": rdf_dir / "graph.jsonld", "store": store,
            "rdflib": to_rdflib(trend_graph)}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_rq_files_answer(name, sources):
    bindings, columns, expected = EXPECTED[name]
    text = (DOCS / f"{name}.rq").read_text(encoding="utf-8")
    for kind, source in sources.items():
        variables, rows = run_query(source, text, bindings=bindings)
        assert _pick(variables, rows, columns) == expected, kind


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_named_queries_in_rdflib_prepared(name, sources):
    bindings, columns, expected = EXPECTED[name]
    variables, rows = run_named(sources["rdflib"], name, **bindings)
    assert _pick(variables, rows, columns) == expected


def test_unbound_parameters_give_every_row(sources):
    _, rows = run_named(sources["ttl"], "compared_with")
    assert len(rows) == 2  # Orca outperforms, Vicuna-13B outperformed by
    _, rows = run_named(sources["ttl"], "trending_benchmarks")
    assert {term_text(r[2]) for r in rows} == {"rising", "stable"}


def test_run_named_rejects_unknown_parameters(sources):
    with pytest.raises(KgError, match="no parameter"):
        run_named(sources["ttl"], "compared_with", entity="Orca")


def test_bindings_are_not_formatted_into_the_query(sources):
    evil = 'Orca" } UNION { ?entity ?p ?entityLabel } #'
    _, rows = run_named(sources["ttl"], "compared_with", entityLabel=evil)
    assert rows == []


def test_ask_and_construct(sources):
    v, rows = run_query(sources["ttl"], "ASK { ?b a kg:Benchmark }")
    assert v == ["result"] and rows[0][0].value == "true"
    v, rows = run_query(sources["store"], "CONSTRUCT { ?b a kg:Benchmark } WHERE { ?b a kg:Benchmark }")
    assert v == ["subject", "predicate", "object"] and len(rows) == 2
    assert run_query(sources["rdflib"], "ASK { ?b a kg:Nothing }")[1][0][0].value == "false"


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "select * where { service silent <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
        "PREFIX x: <http://e/>\nSELECT * WHERE { ?s ?p ?o .\n  SERVICE ?x { ?s ?p ?o } }",
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "PREFIX x: <urn:x>\n# comment\nDELETE WHERE { ?s ?p ?o }",
        "LOAD <http://example.org/x.ttl>",
        "CLEAR ALL",
    ],
)
def test_refused(query, sources):
    with pytest.raises(QueryRefused):
        check_query(query)
    with pytest.raises(QueryRefused):
        run_query(sources["ttl"], query)


@pytest.mark.parametrize(
    "query",
    [
        'SELECT * WHERE { ?s ?p "SERVICE" }',
        "SELECT ?service WHERE { ?service ?p ?o } # SERVICE <http://x/>",
        "SELECT * WHERE { ?s <urn:insert> ?o }",
        "SELECT * WHERE { ?s ?p '''a SERVICE\nb''' }",
    ],
)
def test_not_refused(query):
    check_query(query)


def test_rdflib_refuses_from(sources):
    with pytest.raises(QueryRefused):
        run_query(sources["rdflib"], "SELECT * FROM <http://127.0.0.1:9/x.ttl> WHERE { ?s ?p ?o }")


def test_syntax_error_is_one_line(sources):
    for source in (sources["ttl"], sources["rdflib"]):
        with pytest.raises(KgError, match="SPARQL syntax error") as info:
            run_query(source, "SELECT WHERE {")
        assert "\n" not in str(info.value)


def test_missing_source(tmp_path):
    with pytest.raises(KgError, match="no such file"):
        run_query(tmp_path / "missing.ttl", "ASK {}")


def test_format_results(sources):
    import json

    variables, rows = run_named(sources["ttl"], "benchmark_results")
    table = format_results(variables, rows, "table", max_width=20)
    assert "Vision-R1-7B" in table and "…" in table and table.endswith("(1 row)\n")
    csv_text = format_results(variables, rows, "csv")
    assert csv_text.splitlines()[0].startswith("benchmarkLabel,modelLabel")
    assert "https://w3id.org/kg-trends/id/paper/arXiv:2503.06749" in csv_text
    doc = json.loads(format_results(variables, rows, "json"))
    assert doc["head"]["vars"] == variables
    value = doc["results"]["bindings"][0]["value"]
    assert value["type"] == "literal" and value["value"] == "73.5" and value["datatype"].endswith("#decimal")
