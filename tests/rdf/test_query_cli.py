"""kg query: table, CSV and JSON output; one-line errors."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import cli


def _run(*args):
    return CliRunner().invoke(cli, ["query", *map(str, args)])


def test_inline_table(rdf_dir):
    r = _run(rdf_dir / "graph.ttl", "SELECT ?label WHERE { ?b a kg:Benchmark ; skos:prefLabel ?label } ORDER BY ?label")
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[2:4] == ["BBH", "MathVista"]


def test_file_with_binding_csv(rdf_dir):
    rq = "docs/queries/models_on_benchmark.rq"
    r = _run(rdf_dir / "graph.nt", "-f", rq, "--bind", "benchmarkLabel=MathVista", "--format", "csv")
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert len(lines) == 2 and "Vision-R1-7B" in lines[1] and ",73.5," in lines[1]


def test_named_json_to_file(rdf_dir, tmp_path):
    out = tmp_path / "res.json"
    r = _run(rdf_dir / "graph.jsonld", "-n", "top_benchmarks", "--format", "json", "-o", out)
    assert r.exit_code == 0, r.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [b["label"]["value"] for b in doc["results"]["bindings"]] == ["BBH", "MathVista"]


def test_list():
    r = CliRunner().invoke(cli, ["query", "--list"])
    assert r.exit_code == 0 and "models_on_benchmark" in r.output


def test_errors(rdf_dir, tmp_path):
    ttl = rdf_dir / "graph.ttl"
    r = _run(ttl, "SELECT WHERE {")
    assert r.exit_code == 1 and "SPARQL syntax error" in r.output and len(r.output.splitlines()) == 1
    r = _run(ttl, "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert r.exit_code == 1 and "read-only" in r.output
    r = _run(ttl, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    assert r.exit_code == 1 and "SERVICE" in r.output
    r = _run(tmp_path / "missing.ttl", "ASK {}")
    assert r.exit_code == 3 and "no such file" in r.output
    r = _run(ttl, "-f", tmp_path / "missing.rq")
    assert r.exit_code == 3
    r = _run(ttl)
    assert r.exit_code == 2
