"""The command line end to end: kg build on the bundled seeds, kg query, and bad input.

Every bad-input case runs through the real CLI (a subprocess) and must produce a
one-line message naming the file (and line), a documented exit code, no Python
traceback, and leave the previous outputs untouched.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
import rdflib

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def kg(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, timeout=600)


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    """`kg build` run the way the README says: in a checkout, with no arguments."""
    work = tmp_path_factory.mktemp("checkout")
    shutil.copytree(SEEDS, work / "seeds")
    done = kg("build", cwd=work)
    assert done.returncode == 0, done.stderr
    return work / "outputs", done


def test_build_writes_every_output(seed_build):
    out, done = seed_build
    for name in ("graph.ttl", "graph.graphml", "graph.html", "entities.csv", "papers.csv",
                 "relations.csv", "results.csv"):
        assert (out / name).stat().st_size > 0, name
    assert "papers    29" in done.stdout and "Traceback" not in done.stderr
    with open(out / "papers.csv", newline="", encoding="utf-8") as f:
        assert len(list(csv.DictReader(f))) == 29


SEED_ENTITIES = {
    "Method": ["GRPO", "LoRA", "DPO", "RLHF", "MCTS"],
    "Model": ["Llama2-70b", "Llama3-8b-instruct", "GPT-4", "Vicuna-13B", "SDXL", "ResNet-50",
              "MobileNetV3", "LLaVA"],
    "Benchmark": ["MathVista", "GSM8K", "BBH", "GenEval", "AGIEval"],
    "Dataset": ["CIFAR-10", "ImageNet", "MS-COCO", "TinyImageNet"],
    "Metric": ["FID", "CLIP score", "accuracy"],
    "Task": ["image editing", "text-to-image generation", "continual learning", "federated learning"],
}


def test_seed_entities_come_out_typed_in_the_rdf(seed_build):
    out, _ = seed_build
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    rows = g.query("""
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?type ?name WHERE {
          ?e a ?cls ; skos:altLabel|skos:prefLabel ?name .
          FILTER(STRSTARTS(STR(?cls), STR(kgv:)))
          BIND(STRAFTER(STR(?cls), "#") AS ?type)
        }""", initNs={"kgv": rdflib.Namespace(_vocab_ns())})
    found = {(str(t), str(n).lower()) for t, n in rows}
    missing = [(t, n) for t, names in SEED_ENTITIES.items() for n in names if (t, n.lower()) not in found]
    assert not missing, missing
    labels = {n for _, n in found}
    for generic in ("approach", "method", "model", "framework", "it"):
        assert generic not in labels


def _vocab_ns() -> str:
    from kg.rdf.vocab import KG

    return str(KG._NS)


def test_graphml_loads_with_networkx(seed_build):
    out, _ = seed_build
    G = nx.read_graphml(out / "graph.graphml", force_multigraph=True)
    kinds = {d.get("kind") for _, d in G.nodes(data=True)}
    assert kinds == {"paper", "entity"}
    assert sum(1 for _, d in G.nodes(data=True) if d.get("kind") == "paper") == 29


def test_query_benchmarks_and_datasets_per_paper(seed_build):
    out, _ = seed_build
    query = """
        SELECT ?title ?name WHERE {
          ?paper dcterms:title ?title ; kg:mentions ?e .
          { ?e a kg:Benchmark } UNION { ?e a kg:Dataset }
          ?e skos:prefLabel ?name .
        } ORDER BY ?title ?name"""
    done = kg("query", out / "graph.ttl", query, "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(done.stdout.splitlines()))
    pairs = {(r["title"][:9], r["name"]) for r in rows}
    assert ("Vision-R1", "MathVista") in pairs
    assert any(name == "CIFAR-10" for _, name in pairs)


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()}


BAD_INPUTS = {
    # name: (file name, bytes, expected exit code, text that must be in stderr)
    "malformed_jsonl_line": ("a.jsonl", b'{"title": "ok", "abstract": "fine text"}\n{"title": oops}\n', 0, "a.jsonl:2"),
    "csv_missing_columns": ("b.csv", b"id,name\n1,foo\n", 3, "b.csv:1"),
    "csv_ragged_row": ("c.csv", b"id,title,abstract\n1,T,An abstract.\n2,only-two\n", 0, "c.csv:3"),
    "empty_file": ("d.jsonl", b"", 3, "d.jsonl"),
    "no_title_or_abstract": ("e.jsonl", b'{"id": "x"}\n{"id": "y", "title": "Real", "abstract": "Text."}\n', 0, "e.jsonl:1"),
    "non_utf8": ("f.jsonl", b'{"title": "caf\xe9", "abstract": "Bytes \xff here."}\n', 0, "f.jsonl:1"),
    "unknown_type": ("g.xyz", b"whatever", 3, "g.xyz"),
    "bad_gzip": ("h.jsonl.gz", b"not gzip at all", 3, "h.jsonl.gz"),
    "duplicate_ids": ("i.jsonl", b'{"id": "1", "title": "A", "abstract": "x."}\n{"id": "1", "title": "B", "abstract": "y."}\n', 0, "i.jsonl:2"),
    "malformed_feed": ("j.rss", b"<rss><channel>\n<item><title>A</title></item>\n<item><title>B</titl></item>", 3, "j.rss:3"),
    "feed_entity": ("k.xml", b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<rss><item><title>&x;</title></item></rss>', 3, "k.xml:1"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_gives_a_clear_message(case, tmp_path, seed_build):
    name, data, code, where = BAD_INPUTS[case]
    out = tmp_path / "out"
    shutil.copytree(seed_build[0], out)
    before = _digests(out)
    bad = tmp_path / name
    bad.write_bytes(data)
    done = kg("build", bad, "-o", out, "--no-html")
    assert "Traceback" not in done.stderr
    assert where in done.stderr, done.stderr
    assert done.returncode == code, done.stderr
    if code != 0:
        assert done.stderr.strip().splitlines()[-1].startswith("kg: error:")
        assert _digests(out) == before  # nothing lost


def test_missing_path_and_on_error_fail(tmp_path):
    done = kg("build", tmp_path / "nope.jsonl", "-o", tmp_path / "out")
    assert done.returncode == 3 and "nope.jsonl" in done.stderr and "Traceback" not in done.stderr
    bad = tmp_path / "a.jsonl"
    bad.write_text('{"title": "ok", "abstract": "fine"}\n{broken\n', encoding="utf-8")
    done = kg("build", bad, "-o", tmp_path / "out", "--on-error", "fail")
    assert done.returncode == 3 and "a.jsonl:2" in done.stderr and "Traceback" not in done.stderr


def test_debug_shows_traceback(tmp_path):
    done = kg("--debug", "build", tmp_path / "nope.jsonl", "-o", tmp_path / "out")
    assert done.returncode != 0 and "Traceback" in done.stderr


def test_extract_format(tmp_path):
    src = tmp_path / "in.jsonl"
    records = [{"id": "t1", "text": "We fine-tune Llama-3-8B with LoRA and evaluate on GSM8K."},
               {"id": "t2", "title": "GRPO for math", "abstract": "GRPO improves accuracy on MATH."}]
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    done = kg("extract", src, "-o", tmp_path / "out.jsonl")
    assert done.returncode == 0, done.stderr
    lines = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["t1", "t2"]
    texts = [records[0]["text"], records[1]["title"] + "\n\n" + records[1]["abstract"]]
    for line, text in zip(lines, texts):
        assert line["entities"]
        for e in line["entities"]:
            assert set(e) == {"start", "end", "text", "type", "id"}
            assert text[e["start"]:e["end"]] == e["text"]
    assert {"LoRA", "GSM8K"} <= {e["text"] for e in lines[0]["entities"]}


def test_gzip_jsonl_build(tmp_path):
    src = tmp_path / "papers.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as f:
        for i in range(5):
            f.write(json.dumps({"id": f"arXiv:2503.{11600 + i}", "title": f"Paper {i} on LoRA",
                                "abstract": "We fine-tune GPT-4o with LoRA on ImageNet."}) + "\n")
    done = kg("build", src, "-o", tmp_path / "out", "--no-html")
    assert done.returncode == 0, done.stderr
    assert "papers    5" in done.stdout


def test_atom_feed_build(tmp_path):
    """An arXiv API answer saved with curl, built as it is (fixture: invented entries)."""
    src = tmp_path / "feed.atom"
    shutil.copy(ROOT / "tests" / "ingest" / "fixtures" / "arxiv-api.atom", src)
    done = kg("build", src, "-o", tmp_path / "out", "--no-html")
    assert done.returncode == 0, done.stderr
    assert "papers    3" in done.stdout and "Traceback" not in done.stderr
    with open(tmp_path / "out" / "papers.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["id"], r["date"], r["date_precision"], r["url"]) for r in rows] == [
        ("arXiv:2501.01234", "2025-01-02", "day", "https://arxiv.org/abs/2501.01234"),
        ("arXiv:2501.01300", "2025-01-02", "day", "https://arxiv.org/abs/2501.01300"),
        ("arXiv:cs/0112017", "2001-12-20", "day", "https://arxiv.org/abs/cs/0112017"),
    ]
    assert rows[0]["title"] == "Sparse Adapters for Low-Resource Machine Translation"
    assert rows[1]["title"] == "Café: Grounded Dialogue Evaluation"
    assert rows[0]["authors"] == "Ada Lovelace | Alan M. Turing"
    assert int(rows[0]["entities"]) > 0


def test_eval_with_relations(tmp_path):
    gold = ROOT / "tests" / "fixtures" / "gold_mini.jsonl"  # hand-written, see its meta
    done = kg("eval", gold, "--relations", "--json", tmp_path / "scores.json")
    assert done.returncode == 0, done.stderr
    assert "micro" in done.stdout and "Compare-With" in done.stdout
    scores = json.loads((tmp_path / "scores.json").read_text(encoding="utf-8"))
    modes = [r["mode"] for r in scores["relations"]]
    assert modes == ["gold-entities", "end-to-end"]
    compare = scores["relations"][0]["types"]["Compare-With"]
    assert compare["tp"] == 1  # "BERT outperforms ELMo" found from the gold entities


def _relations(out):
    with open(out / "relations.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


PROPOSED = ["PS-KD", "HiPA", "SaRA", "GraNet", "LAPP", "PERP", "Harmon", "ILLUME+", "B^2-DiffuRL", "MLCM"]


def test_seed_relations_with_evidence(seed_build):
    out, _ = seed_build
    rows = _relations(out)
    proposed = {r["tail_label"] for r in rows if r["predicate"] == "proposes"}
    assert not [name for name in PROPOSED if name not in proposed]
    evaluated = {(r["head_label"], r["tail_label"]) for r in rows if r["predicate"] == "evaluatedOn"}
    assert any(h.startswith("Vision-R1") and t == "MathVista" for h, t in evaluated)
    weak_to_strong = {r["tail_label"] for r in rows if r["predicate"] == "evaluatedOn"
                      and "weak" in r["evidence"].lower() or "GSM8K and MATH" in r["evidence"]}
    assert {"GSM8K", "MATH"} <= weak_to_strong
    orca = [r for r in rows if r["predicate"] == "outperforms" and r["head_label"] == "Orca"
            and r["tail_label"] == "Vicuna-13B"]
    assert orca and "Orca surpasses" in orca[0]["evidence"]
    with open(out / "results.csv", newline="", encoding="utf-8") as f:
        results = list(csv.DictReader(f))
    assert any(r["dataset"] == "MathVista" and float(r["value"]) == 73.5 and r["unit"] == "%"
               for r in results)


def test_symbol_runs_and_huge_abstracts_build(tmp_path):
    """Page debris (30k characters of punctuation) and a 5 MB abstract do not stall kg build."""
    src = tmp_path / "debris.jsonl"
    records = [
        {"id": "d1", "title": "LoRA on GSM8K", "abstract": "We fine-tune with LoRA. " + "!?.,;:" * 5000},
        {"id": "d2", "title": "Huge", "abstract": ("We evaluate GPT-4 on MMLU. " * 190000)[:5_000_000]},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(src), "-o", str(tmp_path / "out"),
                           "--no-html"], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    assert "papers    2" in done.stdout


def test_named_queries_answer_on_the_seeds(seed_build):
    """Every shipped query on the real seed graph (the dated ones are also tested on a
    dated fixture in tests/rdf: the seed page carries no dates)."""
    from kg.rdf.queries import QUERIES, run_query, term_text

    out, _ = seed_build

    def rows(name, **bindings):
        variables, found = run_query(out / "graph.ttl", QUERIES[name], bindings=bindings or None)
        return [dict(zip(variables, (term_text(t) if t is not None else None for t in row))) for row in found]

    assert {r["label"] for r in rows("top_benchmarks")} >= {"MathVista", "GSM8K", "BBH", "GenEval"}
    (mathvista,) = rows("models_on_benchmark", benchmarkLabel="MathVista")
    assert mathvista["modelLabel"].startswith("Vision-R1") and mathvista["value"] == "73.5"
    assert {"otherLabel": "Vicuna-13B", "relation": "outperforms", "winnerLabel": "Orca"}.items() <= \
        next(r for r in rows("compared_with", entityLabel="Orca") if r["otherLabel"] == "Vicuna-13B").items()
    assert any(r["proposedLabel"].startswith("Vision-R1") for r in rows("proposed_with", withLabel="GRPO"))
    assert "SaRA" in {r["otherLabel"] for r in rows("comentioned_with", entityLabel="LoRA")}
    (fact,) = rows("fact_evidence", subjectLabel="Orca", predicate="kg:outperforms", objectLabel="Vicuna-13B")
    assert fact["quote"].startswith("Orca surpasses")
    assert rows("benchmark_results", benchmarkLabel="MathVista")[0]["value"] == "73.5"
    assert any(r["familyLabel"] == "Llama 3" for r in rows("model_families"))
    assert ("MathVista" in {r["entityLabel"] for r in rows("paper_benchmarks")})
    assert {r["type"] for r in rows("entity_types")} == {"Method", "Model", "Dataset", "Benchmark",
                                                         "Metric", "Task"}
    assert rows("mentions_per_year", entityLabel="MathVista") == []  # undated page


@pytest.mark.parametrize("name,data", [
    ("ctrl.jsonl", '{"id": "c\\u0001", "title": "Bad \\u0001 title \\u001f with LoRA", '
                   '"abstract": "We use LoRA \\u0007 on GSM8K.", "authors": ["A\\u0002B"], '
                   '"url": "https://x.org/\\u0003"}\n'),
    ("ctrl.txt", "A Title \x01 With LoRA\n\nWe use LoRA \x07 on GSM8K and report accuracy \x1f here. "
                 "This abstract is long enough to be read as the paragraph of a listing page entry.\n"),
])
def test_control_characters_never_break_an_output(tmp_path, name, data):
    src = tmp_path / name
    src.write_text(data, encoding="utf-8")
    done = kg("build", src, "-o", tmp_path / "out")
    assert done.returncode == 0, done.stderr
    G = nx.read_graphml(tmp_path / "out" / "graph.graphml", force_multigraph=True)
    assert any(d.get("label") == "LoRA" for _, d in G.nodes(data=True))
    rdflib.Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")


def test_repeated_warnings_are_counted_not_printed_and_all_are_listed(tmp_path):
    """A year of daily feeds repeats papers: each repeat warns, but the terminal shows 20 of a kind."""
    rows = [json.dumps({"id": "p1", "title": "T", "abstract": "We fine-tune LoRA on GSM8K."})] * 60
    rows += ['{"id": "broken"'] * 3  # another kind of warning: malformed JSON
    src = tmp_path / "days.jsonl"
    src.write_text("\n".join(rows) + "\n")
    out = tmp_path / "out"
    done = kg("build", src, "-o", out)
    assert done.returncode == 0, done.stderr
    err = done.stderr.splitlines()
    assert sum("duplicate id 'p1'" in line for line in err) == 20
    assert sum('further warnings like "duplicate id' in line for line in err) == 1
    assert sum("malformed JSON" in line for line in err) == 3  # another kind still shows
    listed = (out / "warnings.txt").read_text().splitlines()
    assert len([w for w in listed if "duplicate id 'p1'" in w]) == 59
    assert any(f"{src}:60:" in w for w in listed)  # every one, with its line
    assert f"{len(listed)} warning(s), 39 of them not shown, all in {out / 'warnings.txt'}" in done.stderr
    # a clean rebuild leaves no stale list behind
    src.write_text(rows[0] + "\n")
    assert kg("build", src, "-o", out).returncode == 0
    assert not (out / "warnings.txt").exists()


@pytest.mark.parametrize("value, message", [("0", "not in the range 1 to 64"), ("65", "not in the range"),
                                            ("two", "not a number of processes or 'auto'")])
def test_bad_workers_value_is_a_usage_error(tmp_path, value, message):
    done = kg("build", str(SEEDS), "-o", tmp_path / "out", "--workers", value)
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()


def test_workers_auto_is_the_cores_this_process_may_use_up_to_eight(monkeypatch):
    import os

    from kg.commands import build as build_cmd

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(3)), raising=False)
    assert build_cmd.auto_workers() == 3
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(32)), raising=False)
    assert build_cmd.auto_workers() == build_cmd.AUTO_WORKERS_MAX == 8
    assert build_cmd.WorkersType().convert("auto", None, None) == 8
    assert build_cmd.WorkersType().convert(" 4 ", None, None) == 4


def _page_data(html_path: Path) -> dict:
    html = html_path.read_text(encoding="utf-8")
    start = html.index(">", html.index('id="kg-data"')) + 1
    return json.loads(html[start:html.index("</script>", start)])


def test_rank_by_picks_the_entities_graph_html_keeps(tmp_path):
    """--rank-by trend keeps the rising entities (FooNet, BarNet-7B: only in the last months,
    in fewer papers than the steady ones), which a ranking by papers leaves out."""
    steady = ("We fine-tune GPT-4o, Llama-3-8B and Qwen2.5-7B with LoRA and DPO on ImageNet, COCO and "
              "MMLU, and report accuracy, BLEU and FID against BERT and CLIP.")
    rows = [{"id": f"arXiv:2501.{month:02d}{k:03d}", "title": f"Paper {month}-{k}", "date": f"2025-{month:02d}-15",
             "abstract": steady + (" FooNet and BarNet-7B beat them." if month >= 10 else "")}
            for month in range(1, 13) for k in range(3)]
    src = tmp_path / "papers.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    shown = {}
    for rank_by in ("papers", "trend"):
        out = tmp_path / rank_by
        done = kg("build", src, "-o", out, "--max-nodes", "10", "--rank-by", rank_by)
        assert done.returncode == 0, done.stderr
        assert f"top by {rank_by};" in done.stdout
        data = _page_data(out / "graph.html")
        assert data["meta"]["score"] == rank_by
        assert data["meta"]["period"] == "month" and len(data["meta"]["periods"]) == 12  # (the trend lines)
        shown[rank_by] = {n["id"] for n in data["nodes"]}
    assert "entity:foonet" in shown["trend"] and "entity:foonet" not in shown["papers"]


def test_rank_by_trend_needs_trends_and_dates(tmp_path):
    done = kg("build", SEEDS, "-o", tmp_path / "a", "--rank-by", "trend", "--no-trends")
    assert done.returncode == 2 and "--rank-by trend needs the trends" in done.stderr
    assert "Traceback" not in done.stderr and not (tmp_path / "a").exists()
    done = kg("build", SEEDS, "-o", tmp_path / "b", "--rank-by", "trend")  # the seeds are undated
    assert done.returncode == 0, done.stderr
    assert "the papers carry no dates, so graph.html ranks entities by papers" in done.stderr
    assert "top by" not in done.stdout or "top by papers" in done.stdout
