"""benchmarkFor (Dataset/Benchmark -> Task): extraction rules, evaluation mapping and every writer.

Every sentence here is invented for the test (none is quoted from an abstract or a gold set);
each rule has a case that must fire and a near miss that must stay silent.
"""

from __future__ import annotations

import csv
import json

import networkx as nx
import pytest
from test_relations_recall import make_doc, rels  # (same folder: pytest puts it on the path)

from kg.evaluate_relations import GOLD_MAP, UNMAPPED, evaluate_relations
from kg.extract.relations import extract_relations
from kg.graph import build_graph
from kg.model import RELATION_TYPES, Paper
from kg.rdf.export import write_rdf
from kg.rdf.queries import QUERIES, run_named, term_text
from kg.rdf.vocab import KG, RELATION_PROPERTIES
from kg.tables import write_graphml, write_tables
from kg.rdf.store import load_store
from kg.viz.html import EDGE_COLORS, graph_data


def bench(text: str, names: dict[str, str]) -> set[tuple[str, str]]:
    return {(h, t) for h, t, _ in rels(text, names, "benchmarkFor")}


def bench_rules(text: str, names: dict[str, str]) -> set[tuple[str, str, str]]:
    return rels(text, names, "benchmarkFor")


# ---------------------------------------------------------------- a description of the data set
def test_appositive_benchmark_for_a_task():
    names = {"OwlQA": "Benchmark", "nocturnal bird counting": "Task"}
    text = "We introduce OwlQA, a benchmark for nocturnal bird counting."
    assert bench_rules(text, names) == {("OwlQA", "nocturnal bird counting", "data_description")}


def test_benchmark_designed_to_evaluate_models_on_a_task():
    # the models a benchmark tests stand between the purpose verb and the task
    names = {"ReefBench": "Benchmark", "LLMs": "Method", "coral species identification": "Task"}
    text = "We present ReefBench, a novel benchmark specifically designed to evaluate LLMs on coral species identification."
    assert bench(text, names) == {("ReefBench", "coral species identification")}
    assert ("LLMs", "ReefBench") in {(h, t) for h, t, _ in rels(text, names, "evaluatedOn")}


def test_task_before_the_data_head_and_a_copula():
    names = {"DuneSet": "Dataset", "dune segmentation": "Task", "SandCorpus": "Dataset", "erosion forecasting": "Task"}
    assert bench("We release DuneSet, the first large-scale dune segmentation dataset.", names) == {
        ("DuneSet", "dune segmentation")}
    assert bench("SandCorpus is a multilingual erosion forecasting corpus with 4k reports.", names) == {
        ("SandCorpus", "erosion forecasting")}


def test_description_spanning_a_list_of_tasks():
    names = {"KelpBench": "Benchmark", "kelp detection": "Task", "kelp counting": "Task", "kelp mapping": "Task"}
    text = "We introduce KelpBench, a comprehensive suite spanning kelp detection, kelp counting and kelp mapping."
    assert bench(text, names) == {("KelpBench", "kelp detection"), ("KelpBench", "kelp counting"),
                                  ("KelpBench", "kelp mapping")}


def test_description_headed_by_no_data_noun_gives_nothing():
    # "a new method for T" describes a method even when the name was typed Dataset
    names = {"MothNet": "Dataset", "moth tracking": "Task"}
    assert bench("We propose MothNet, a new method for moth tracking.", names) == set()
    # "a benchmark construction framework" is a framework, not a benchmark
    assert bench("We propose MothNet, a benchmark construction framework for moth tracking.", names) == set()


def test_a_task_reached_through_with_or_from_is_no_purpose():
    names = {"GullSet": "Dataset", "gull re-identification": "Task"}
    text = "We present GullSet, a dataset of 20k images collected with gull re-identification software."
    assert bench(text, names) == set()


def test_a_task_named_like_a_data_set_is_no_task():
    names = {"MarshSet": "Dataset", "the marsh benchmark": "Task"}
    assert bench("We present MarshSet, a new dataset for the marsh benchmark.", names) == set()


def test_a_longer_object_only_after_a_verb_of_testing():
    names = {"StoatBench": "Benchmark", "MLLMs": "Method", "stoat burrow mapping": "Task"}
    text = ("We introduce StoatBench, a video benchmark for rigorously evaluating the capabilities of multimodal "
            "large language models (MLLMs) across stoat burrow mapping.")
    assert bench(text, names) == {("StoatBench", "stoat burrow mapping")}
    # near miss: without a verb of testing, a task that far away is not what the data set is for
    text = "We introduce StoatBench, a video benchmark for the many hard and rarely studied cases of stoat burrow mapping."
    assert bench(text, names) == set()


def test_participle_or_relative_clause_right_after_the_name():
    names = {"ToadSet": "Dataset", "WormSet": "Dataset", "toad call detection": "Task", "VoleBench": "Benchmark",
             "vole nest counting": "Task"}
    assert bench("We release ToadSet, designed explicitly for toad call detection.", names) == {
        ("ToadSet", "toad call detection")}
    assert bench("We propose two new benchmarks, WormSet and ToadSet, targeting toad call detection.", names) == {
        ("WormSet", "toad call detection"), ("ToadSet", "toad call detection")}
    assert bench("We build the VoleBench benchmark, which encompasses many vole nest counting scenarios.", names) == {
        ("VoleBench", "vole nest counting")}
    assert bench("We develop the VoleBench benchmark to evaluate the vole nest counting skills of agents.", names) == {
        ("VoleBench", "vole nest counting")}
    # near miss: a participle of provenance is no purpose
    assert bench("We release ToadSet, collected by volunteers doing toad call detection.", names) == set()


def test_colon_description_inside_a_sentence():
    names = {"LynxQA": "Benchmark", "lynx track identification": "Task"}
    text = "We present LynxQA: a comprehensive benchmark for lynx track identification in snow."
    assert bench(text, names) == {("LynxQA", "lynx track identification")}


def test_sentence_opening_with_the_purpose_of_the_new_data_set():
    names = {"wasp nest segmentation": "Task", "WaspSeg": "Dataset", "HiveNet": "Method"}
    text = "To evaluate wasp nest segmentation under occlusion, we construct a new dataset, WaspSeg, with 9k images."
    assert bench_rules(text, names) == {("WaspSeg", "wasp nest segmentation", "purpose_data")}
    # near miss: the clause's subject is no "we introduce / construct"
    text = "To evaluate wasp nest segmentation under occlusion, prior work used WaspSeg."
    assert bench(text, names) == set()
    # near miss: a purpose of removing the task is not one of testing it
    text = "To avoid wasp nest segmentation errors, we construct a new dataset, WaspSeg."
    assert bench(text, names) == set()


def test_data_set_as_the_subject_of_what_it_offers():
    names = {"NewtBench": "Benchmark", "newt limb regeneration prediction": "Task", "NewtSet": "Dataset",
             "amphibian call tagging": "Task", "call detection": "Task", "call counting": "Task"}
    text = "We hope NewtBench will serve as a valuable resource for advancing newt limb regeneration prediction."
    assert bench_rules(text, names) == {("NewtBench", "newt limb regeneration prediction", "data_offers_task")}
    assert bench("NewtSet aims to enhance future research on amphibian call tagging.", names) == {
        ("NewtSet", "amphibian call tagging")}
    assert bench("NewtSet supports three core tasks: amphibian call tagging, call detection and call counting.",
                 names) == {("NewtSet", "amphibian call tagging"), ("NewtSet", "call detection"),
                            ("NewtSet", "call counting")}
    # near miss: the data set is no subject ("models trained on D provide a foundation for T")
    text = "Models trained on NewtSet provide a strong foundation for amphibian call tagging."
    assert bench(text, names) == set()


# ---------------------------------------------------------------- a task before a kind of data that names it
def test_task_benchmarks_such_as_a_list():
    names = {"lichen classification": "Task", "LichenA": "Dataset", "LichenB": "Dataset", "MossNet": "Method"}
    text = "MossNet improves accuracy on lichen classification benchmarks such as LichenA and LichenB."
    assert bench(text, names) == {("LichenA", "lichen classification"), ("LichenB", "lichen classification")}


def test_task_datasets_in_parentheses_and_after_a_colon():
    names = {"seal tracking": "Task", "SealA": "Dataset", "SealB": "Dataset", "Waves": "Dataset"}
    text = "Experiments on two seal tracking datasets (SealA and SealB) and on Waves show gains."
    assert bench(text, names) == {("SealA", "seal tracking"), ("SealB", "seal tracking")}
    text = "We use three seal tracking datasets: SealA, SealB and Waves."
    assert bench(text, names) == {("SealA", "seal tracking"), ("SealB", "seal tracking"), ("Waves", "seal tracking")}


def test_a_new_task_dataset_named_after_a_comma():
    names = {"hedgehog pose estimation": "Task", "HogPose": "Dataset", "PoseNet": "Method"}
    text = "We build a new hedgehog pose estimation dataset, called HogPose, with 5k images."
    assert bench(text, names) == {("HogPose", "hedgehog pose estimation")}


def test_a_bare_comma_after_task_datasets_needs_a_determiner():
    # "In T datasets, D ..." opens a clause: D is not one of those data sets
    names = {"hedgehog pose estimation": "Task", "HogPose": "Dataset"}
    text = "In hedgehog pose estimation datasets, HogPose stands out for its size."
    assert bench(text, names) == set()


# ---------------------------------------------------------------- a data set right before its task
def test_data_task_benchmark_compound():
    names = {"FjordSet": "Dataset", "GlacierSet": "Dataset", "iceberg detection": "Task"}
    text = "Experiments on the FjordSet and GlacierSet iceberg detection benchmarks show clear gains."
    assert bench_rules(text, names) == {("FjordSet", "iceberg detection", "data_task_kind"),
                                        ("GlacierSet", "iceberg detection", "data_task_kind")}


def test_on_data_task_without_a_kind_noun():
    names = {"FjordSet": "Dataset", "iceberg segmentation": "Task", "IceNet": "Method"}
    text = "IceNet reaches 81.2 mIoU on FjordSet iceberg segmentation, a new record."
    assert bench_rules(text, names) == {("FjordSet", "iceberg segmentation", "data_task_kind")}
    # near miss: what D was run with is no task of D
    text = "IceNet reaches 81.2 mIoU on FjordSet with iceberg segmentation."
    assert bench(text, names) == set()


def test_data_for_task_pairs_each_data_set_with_its_own_task():
    names = {"PineSet": "Dataset", "tree counting": "Task", "OakSet": "Dataset", "leaf segmentation": "Task"}
    text = "We report results on PineSet for tree counting and on OakSet for leaf segmentation."
    assert bench_rules(text, names) == {("PineSet", "tree counting", "data_for_task"),
                                        ("OakSet", "leaf segmentation", "data_for_task")}


def test_task_run_on_a_data_set():
    names = {"MoleNet": "Method", "mole tunnel segmentation": "Task", "BurrowA": "Dataset", "BurrowB": "Dataset"}
    text = "MoleNet reaches state-of-the-art mole tunnel segmentation results on the BurrowA and BurrowB benchmarks."
    assert bench_rules(text, names) == {("BurrowA", "mole tunnel segmentation", "task_on_data"),
                                        ("BurrowB", "mole tunnel segmentation", "task_on_data")}
    # near miss: a setting measured on the data set is not what the data set is for
    names = {"MoleNet": "Method", "zero-shot generalization": "Task", "BurrowA": "Dataset"}
    assert bench("MoleNet shows strong zero-shot generalization on BurrowA.", names) == set()


def test_two_lists_of_one_length_pair_up():
    names = {"mole counting": "Task", "tunnel detection": "Task", "BurrowA": "Dataset", "BurrowB": "Dataset"}
    text = "We evaluate mole counting and tunnel detection on BurrowA and BurrowB."
    assert bench(text, names) == {("BurrowA", "mole counting"), ("BurrowB", "tunnel detection")}


def test_data_sets_in_a_parenthesis_after_a_task():
    names = {"otter detection": "Task", "OtterA": "Dataset", "OtterB": "Dataset", "fur segmentation": "Task",
             "PeltSet": "Dataset"}
    text = "We report gains on otter detection (OtterA and OtterB) and fur segmentation (PeltSet)."
    assert bench_rules(text, names) == {("OtterA", "otter detection", "task_paren_data"),
                                        ("OtterB", "otter detection", "task_paren_data"),
                                        ("PeltSet", "fur segmentation", "task_paren_data")}


def test_an_acronym_of_the_task_in_a_parenthesis_is_its_alias():
    # "Online Otter Detection (OOD)" typed Dataset abbreviates the task: no data set for it
    names = {"Online Otter Detection": "Task", "OOD": "Dataset"}
    assert bench("We study Online Otter Detection (OOD) in rivers.", names) == set()


def test_data_then_task_without_a_link_gives_nothing():
    names = {"PineSet": "Dataset", "tree counting": "Task"}
    assert bench("Models trained on PineSet improve tree counting.", names) == set()
    assert bench("PineSet, tree counting and more are studied.", names) == set()


# ---------------------------------------------------------------- titles of data-set papers
def test_title_benchmark_for_a_task():
    names = {"CrabBench": "Benchmark", "Crab Molting Prediction": "Task", "LLMs": "Method"}
    text = "CrabBench: A Benchmark for Evaluating LLMs on Crab Molting Prediction\n\nWe build CrabBench."
    assert bench_rules(text, names) == {("CrabBench", "Crab Molting Prediction", "title_data_task")}


def test_title_benchmarking_and_task_before_the_data_noun():
    names = {"EelEval": "Benchmark", "Eel Sonar Detection": "Task", "FrogSet": "Dataset", "Frog Call Recognition": "Task"}
    assert bench("EelEval: Benchmarking Eel Sonar Detection in the Wild\n\nWe test.", names) == {
        ("EelEval", "Eel Sonar Detection")}
    assert bench("FrogSet: A Large Frog Call Recognition Dataset\n\nWe record frogs.", names) == {
        ("FrogSet", "Frog Call Recognition")}


def test_a_question_title_is_weaker():
    names = {"SquidBench": "Benchmark", "MLLMs": "Method", "Squid Behaviour Understanding": "Task"}
    text = "SquidBench: Are MLLMs Ready for Squid Behaviour Understanding?\n\nWe ask."
    doc = make_doc(text, names)
    got = [r for r in extract_relations(doc)[0] if r.predicate == "benchmarkFor"]
    assert [(doc.mentions[r.tail].text, r.confidence) for r in got] == [("Squid Behaviour Understanding", 0.6)]


def test_title_whose_name_says_benchmark_is_weaker():
    names = {"HeronBench": "Benchmark", "Heron Posture Estimation": "Task", "HeronNet": "Dataset"}
    text = "HeronBench: Heron Posture Estimation in the Wild\n\nWe test."
    doc = make_doc(text, names)
    got = [(doc.mentions[r.tail].text, r.confidence) for r in extract_relations(doc)[0] if r.predicate == "benchmarkFor"]
    assert got == [("Heron Posture Estimation", 0.6)]
    # near miss: a name that does not say it is data (often a method typed Dataset)
    assert bench("HeronNet: Heron Posture Estimation in the Wild\n\nWe test.", names) == set()


def test_title_of_a_method_typed_dataset_gives_nothing():
    # a title whose words name no data ("X: Efficient T via Y") is a method's, even when X was typed Dataset
    names = {"RayDet": "Dataset", "Manta Ray Detection": "Task", "Sonar Fusion": "Method"}
    assert bench("RayDet: Efficient Manta Ray Detection via Sonar Fusion\n\nWe detect rays.", names) == set()
    names = {"RayDet": "Dataset", "Manta Ray Detection": "Task"}
    assert bench("RayDet: Benchmarking Detectors with Manta Ray Detection\n\nWe detect rays.", names) == set()


def test_existing_predicates_do_not_change_with_a_data_task_pair():
    names = {"MossNet": "Method", "LichenA": "Dataset", "lichen classification": "Task"}
    text = "MossNet reaches 91% on LichenA for lichen classification."
    got = {(r.predicate, h, t) for h, t, r in _all(text, names)}
    assert ("evaluatedOn", "MossNet", "LichenA") in got and ("benchmarkFor", "LichenA", "lichen classification") in got


def _all(text, names):
    doc = make_doc(text, names)
    for r in extract_relations(doc)[0]:
        if r.head is not None:
            yield doc.mentions[r.head].text, doc.mentions[r.tail].text, r


# ---------------------------------------------------------------- evaluation: SciER Benchmark-For is scored
def test_scier_benchmark_for_is_mapped_and_scored(tmp_path):
    assert GOLD_MAP["Benchmark-For"] == (("benchmarkFor",), "same") and "Benchmark-For" not in UNMAPPED
    assert "benchmarkFor" in GOLD_MAP["USED-FOR"][0]  # SciERC: a Material used for a Task
    text = "We release OwlQA, a benchmark for owl counting.\nIt is large."
    ents = [{"start": text.index("OwlQA"), "end": text.index("OwlQA") + 5, "text": "OwlQA", "type": "Dataset"},
            {"start": text.index("owl counting"), "end": text.index("owl counting") + 12, "text": "owl counting",
             "type": "Task"}]
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "d", "text": text, "entities": ents,
                                "relations": [{"head": 0, "tail": 1, "type": "Benchmark-For"}]}) + "\n")
    scores = evaluate_relations(path)
    row = scores["types"]["Benchmark-For"]
    assert (row["gold"], row["producible"], row["tp"], row["fp"], row["fn"]) == (1, 1, 1, 0, 0)
    assert scores["unmapped"] == {}


# ---------------------------------------------------------------- every writer knows the predicate
@pytest.fixture
def bench_graph():
    title = "OwlQA: A Benchmark for Owl Counting"
    abstract = "We release OwlQA, a benchmark for owl counting. OwlNet reaches 80% on OwlQA."
    paper = Paper(id="arXiv:2501.00001", title=title, abstract=abstract, date="2025-01-02", date_precision="day")
    names = {"OwlQA": "Benchmark", "Owl Counting": "Task", "owl counting": "Task", "OwlNet": "Method"}
    doc = make_doc(paper.text, names)
    for m in doc.mentions:
        m.entity_id = m.text.lower().replace(" ", "-")
        m.label = m.text if m.text != "Owl Counting" else "owl counting"
    doc.paper_id = paper.id
    doc.relations, doc.results = extract_relations(doc)
    assert {r.predicate for r in doc.relations} >= {"benchmarkFor", "evaluatedOn"}
    return build_graph([paper], [doc])


def test_predicate_is_known_downstream():
    assert "benchmarkFor" in RELATION_TYPES
    assert RELATION_PROPERTIES["benchmarkFor"] == KG.benchmarkFor
    assert "benchmarkFor" in EDGE_COLORS


def test_viz_draws_and_lists_the_edge(bench_graph):
    data = graph_data(bench_graph)
    meta = data["meta"]
    assert "benchmarkFor" in meta["relation_types"] and meta["edge_colors"]["benchmarkFor"] == EDGE_COLORS["benchmarkFor"]
    assert meta["edge_kinds"].get("benchmarkFor") == 1


def test_graph_edge_and_relations_csv(bench_graph, tmp_path):
    edges = [(u, v) for u, v, k in bench_graph.edges(keys=True) if k == "benchmarkFor"]
    assert edges == [("entity:owlqa", "entity:owl-counting")]
    assert bench_graph.edges["entity:owlqa", "entity:owl-counting", "benchmarkFor"]["support"] == 1
    write_tables(bench_graph, tmp_path)
    with open(tmp_path / "relations.csv", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["predicate"] == "benchmarkFor"]
    assert {(r["head"], r["tail"]) for r in rows} == {("owlqa", "owl-counting")}
    assert any("a benchmark for owl counting" in r["evidence"] for r in rows)


def test_graphml_keeps_the_edge(bench_graph, tmp_path):
    path = tmp_path / "graph.graphml"
    write_graphml(bench_graph, path)
    back = nx.read_graphml(path)
    assert any(d.get("kind") == "benchmarkFor" for _, _, d in back.edges(data=True))


def test_ntriples_hold_the_triple_and_its_fact(bench_graph, tmp_path):
    write_rdf(bench_graph, tmp_path, formats=("ttl", "nt"))
    nt = (tmp_path / "graph.nt").read_text()
    iri = f"<{KG.benchmarkFor}>"
    direct = [line for line in nt.splitlines() if line.split(" ", 2)[1:2] == [iri]]
    assert len(direct) == 1 and "entity/owlqa>" in direct[0] and "entity/owl-counting>" in direct[0]
    facts = [line for line in nt.splitlines() if line.endswith(f"{iri} .") and "#predicate>" in line]
    assert len(facts) >= 1  # a kg:Fact per evidence sentence, rdf:predicate kg:benchmarkFor
    support = run_named(tmp_path / "graph.ttl", "fact_evidence", subjectLabel="OwlQA",
                        predicate="kg:benchmarkFor", objectLabel="owl counting")
    assert {term_text(r[support[0].index("support")]) for r in support[1]} == {"1"}
    assert "We release OwlQA, a benchmark for owl counting." in {
        term_text(r[support[0].index("quote")]) for r in support[1]}


def test_named_query_benchmarks_for_task(bench_graph, tmp_path):
    write_rdf(bench_graph, tmp_path, formats=("ttl",))
    assert "benchmarks_for_task" in QUERIES
    variables, rows = run_named(tmp_path / "graph.ttl", "benchmarks_for_task", taskLabel="owl counting")
    got = {tuple(term_text(row[variables.index(c)]) for c in ("dataLabel", "type", "papers", "models"))
           for row in rows}
    assert got == {("OwlQA", "Benchmark", "1", "1")}  # OwlNet is evaluated on it
    assert "We release OwlQA, a benchmark for owl counting." in {term_text(r[variables.index("quote")]) for r in rows}
    assert run_named(tmp_path / "graph.ttl", "benchmarks_for_task", taskLabel="owl detection")[1] == []


def test_named_query_on_the_store(bench_graph, tmp_path):
    write_rdf(bench_graph, tmp_path, formats=("nt",))
    store = load_store(tmp_path / "graph.nt", tmp_path / "store")
    variables, rows = run_named(store, "benchmarks_for_task", taskLabel="owl counting")
    got = sorted((term_text(r[variables.index("dataLabel")]), term_text(r[variables.index("quote")])) for r in rows)
    assert got == [("OwlQA", "OwlQA: A Benchmark for Owl Counting"),  # one row per evidence sentence
                   ("OwlQA", "We release OwlQA, a benchmark for owl counting.")]
