"""Trends on synthetic dated corpora with planted trends (no extractor needed)."""

from __future__ import annotations

import copy

import networkx as nx
import pandas as pd
import pytest

from kg.charts import charts_html, trend_charts
from kg.graph import build_graph
from kg.model import DocExtraction, Mention, Paper
from kg import trends
from kg.trends import (
    annotate,
    choose_period,
    classify,
    mention_table,
    paper_table,
    period_counts,
    summarize,
    trend_attributes,
    write_trends,
)

MONTHS = 12
PER_MONTH = 100

#: papers per month mentioning each planted entity (type, label, series)
PLANTED = {
    "riser": ("Method", "Riser", [2, 2, 3, 3, 4, 4, 6, 8, 12, 16, 20, 25]),
    "decliner": ("Model", "Decliner", [25, 22, 20, 18, 15, 12, 8, 6, 4, 3, 2, 2]),
    "newcomer": ("Method", "Newcomer", [0] * 8 + [6, 10, 15, 20]),
    "steady": ("Dataset", "Steady", [10] * 12),
    "spike": ("Benchmark", "Spike", [0] * 9 + [30, 0, 0]),
    "rare": ("Method", "Rare", [0] * 10 + [1, 1]),
    "oldspike": ("Model", "Old spike", [0, 0, 30] + [0] * 9),
}


def make_corpus(planted=PLANTED, months=MONTHS, per_month=PER_MONTH, date=lambda m: (f"2025-{m:02d}-15", "day")):
    """Papers and extractions: entity e is mentioned by the first n papers of month m
    (offset per entity so entities do not always co-occur)."""
    papers, docs = [], []
    for m in range(1, months + 1):
        for i in range(per_month):
            names = []
            for k, (eid, (etype, label, series)) in enumerate(planted.items()):
                n = series[m - 1]
                if (i - 7 * k) % per_month < n:
                    names.append((eid, etype, label))
            d, prec = date(m)
            abstract = " ".join(label for _, _, label in names) + "." if names else "Nothing here."
            paper = Paper(id=f"p{m:02d}-{i:03d}", title=f"Paper {m}-{i}", abstract=abstract,
                          date=d, date_precision=prec)
            text = paper.text
            mentions, cursor = [], 0
            for eid, etype, label in names:
                start = text.index(label, cursor)
                cursor = start + len(label)
                mentions.append(Mention(start, cursor, label, etype, eid, label, 0, "test"))
            docs.append(DocExtraction(paper.id, text, [(0, len(text))], mentions))
            papers.append(paper)
    return papers, docs


@pytest.fixture(scope="module")
def corpus_graph():
    papers, docs = make_corpus()
    return build_graph(papers, docs, families={})


@pytest.fixture(scope="module")
def classified(corpus_graph):
    return classify(period_counts(corpus_graph, "month"), min_support=2)


def by_entity(df):
    return df.set_index("entity")


def test_mention_table_one_row_per_entity_paper(corpus_graph):
    table = mention_table(corpus_graph)
    assert list(table.columns) == ["entity", "label", "type", "paper", "date", "precision"]
    expected = sum(sum(s) for _, _, s in PLANTED.values())
    assert len(table) == expected
    assert not table.duplicated(["entity", "paper"]).any()
    assert table.attrs["papers"] == MONTHS * PER_MONTH


def test_period_counts_shares(corpus_graph):
    counts = period_counts(corpus_graph, "month")
    row = counts[(counts["entity"] == "riser") & (counts["period"] == "2025-12")].iloc[0]
    assert row["papers"] == 25 and row["total_papers"] == PER_MONTH
    assert row["share"] == pytest.approx(0.25) and row["per_1000"] == pytest.approx(250)
    assert counts.attrs["periods"] == [f"2025-{m:02d}" for m in range(1, 13)]
    assert (counts["papers"] > 0).all()  # sparse by default
    filled = period_counts(corpus_graph, "month", fill=True)
    assert len(filled[filled["entity"] == "steady"]) == 12
    assert len(filled[filled["entity"] == "newcomer"]) == 4  # from its first period on
    quarterly = period_counts(corpus_graph, "quarter")
    q4 = quarterly[(quarterly["entity"] == "riser") & (quarterly["period"] == "2025-Q4")].iloc[0]
    assert q4["papers"] == 16 + 20 + 25 and q4["total_papers"] == 300


def test_planted_trends_are_found(classified):
    got = by_entity(classified)["class"]
    assert got["riser"] == "rising"
    assert got["decliner"] == "declining"
    assert got["newcomer"] == "emerging"
    assert got["steady"] == "stable"


def test_one_off_spikes_are_not_trends(classified):
    got = by_entity(classified)
    assert got.loc["spike", "class"] == "stable"
    assert not got.loc["spike", "persistent"]
    assert got.loc["oldspike", "class"] == "stable"  # a spike long ago is not a decline either


def test_rare_entities_do_not_top_the_list(classified):
    assert classified.iloc[0]["entity"] in {"riser", "newcomer"}
    got = by_entity(classified)
    assert got.loc["rare", "class"] == "stable"
    assert got.loc["rare", "score"] < got.loc["riser", "score"]
    assert got.loc["rare", "score"] < got.loc["newcomer", "score"]


def test_min_support_drops_rare_entities(corpus_graph):
    out = classify(period_counts(corpus_graph, "month"))  # default min_support=5
    assert "rare" not in set(out["entity"])
    assert {"riser", "decliner", "newcomer", "steady"} <= set(out["entity"])


def test_classify_columns_and_windows(classified):
    assert list(classified.columns) == [
        "entity", "label", "type", "class", "score", "log2_ratio", "p_value", "q_value",
        "recent_per_1000", "earlier_per_1000", "delta_per_1000", "first_seen", "last_seen",
        "peak_period", "papers", "recent_papers", "earlier_papers", "persistent",
    ]
    assert classified.attrs["recent"] == ["2025-09", "2025-10", "2025-11", "2025-12"]
    row = by_entity(classified).loc["newcomer"]
    assert row["first_seen"] == "2025-09" and row["peak_period"] == "2025-12"
    assert row["earlier_papers"] == 0 and row["papers"] == 51
    assert by_entity(classified).loc["decliner", "score"] < 0
    assert classified["score"].is_monotonic_decreasing


def test_inputs_are_not_mutated(corpus_graph):
    before = nx.to_dict_of_dicts(corpus_graph)
    nodes_before = copy.deepcopy(dict(corpus_graph.nodes(data=True)))
    counts = period_counts(corpus_graph, "month")
    counts_copy = counts.copy()
    out = classify(counts, min_support=2)
    summarize(out)
    annotate(corpus_graph, period="month")
    assert nx.to_dict_of_dicts(corpus_graph) == before
    assert dict(corpus_graph.nodes(data=True)) == nodes_before
    pd.testing.assert_frame_equal(counts, counts_copy)


def test_period_precision_handling():
    """Day, month and year precision: year-only papers are counted but not placed in months."""
    planted = {"x": ("Method", "Xnet", [3, 3, 3, 3])}
    precisions = {1: ("2024-01-05", "day"), 2: ("2024-02", "month"), 3: ("2024", "year"), 4: (None, None)}
    papers, docs = make_corpus(planted, months=4, per_month=10, date=lambda m: precisions[m])
    G = build_graph(papers, docs, families={})
    monthly = period_counts(G, "month")
    assert monthly.attrs["unplaced"] == 10 and monthly.attrs["undated"] == 10
    assert monthly.attrs["papers"] == 40
    assert list(monthly["period"]) == ["2024-01", "2024-02"]
    assert list(monthly["total_papers"]) == [10, 10]
    quarterly = period_counts(G, "quarter")
    assert list(quarterly["period"]) == ["2024-Q1"] and quarterly["papers"].iloc[0] == 6
    yearly = period_counts(G, "year")
    assert list(yearly["period"]) == ["2024"] and yearly["papers"].iloc[0] == 9
    assert yearly["total_papers"].iloc[0] == 30 and yearly.attrs["unplaced"] == 0
    assert yearly.attrs["undated"] == 10
    # a precision claiming more than the string has is not trusted
    assert trends.period_of("2024", "day", "month") is None


def test_gaps_between_periods_are_kept(corpus_graph):
    papers, docs = make_corpus({"x": ("Method", "Xnet", [1, 1, 1])}, months=3, per_month=2,
                               date=lambda m: ({1: "2024-01-01", 2: "2024-03-01", 3: "2024-06-01"}[m], "day"))
    counts = period_counts(build_graph(papers, docs, families={}), "month")
    assert counts.attrs["periods"] == [f"2024-{m:02d}" for m in range(1, 7)]
    assert counts.attrs["period_totals"]["2024-02"] == 0


def test_choose_period(corpus_graph):
    assert choose_period(corpus_graph) == "month"
    assert choose_period(nx.MultiDiGraph()) == "year"


def test_empty_graph(tmp_path):
    G = nx.MultiDiGraph()
    assert mention_table(G).empty and paper_table(G).empty
    counts = period_counts(G, "month")
    assert counts.empty and list(counts.columns)[:4] == ["entity", "label", "type", "period"]
    out = classify(counts)
    assert out.empty and "class" in out.columns
    assert summarize(out).empty
    assert annotate(G) == {}
    files = write_trends(G, tmp_path, "month")
    assert [f.name for f in files] == ["trends.csv", "trends_summary.csv", "trends.png", "trends.svg"]
    assert all(f.exists() for f in files)
    assert "<svg" in charts_html(counts, summarize(out))


def test_single_period_is_stable():
    papers, docs = make_corpus({"x": ("Method", "Xnet", [6])}, months=1, per_month=10)
    out = classify(period_counts(build_graph(papers, docs, families={}), "month"))
    assert list(out["class"]) == ["stable"] and out["p_value"].isna().all()


def test_bad_period():
    with pytest.raises(ValueError, match="period must be one of"):
        period_counts(nx.MultiDiGraph(), "week")


def test_summary_and_attributes(classified):
    summary = summarize(classified)
    methods = summary[summary["type"] == "Method"]
    assert list(methods["entity"])[:2] == ["newcomer", "riser"]  # emerging before rising
    assert set(summary["rank"]) >= {1}
    top1 = summarize(classified, top=1)
    assert not top1.duplicated(["type", "class"]).any()
    attrs = trend_attributes(classified)
    assert attrs["entity:riser"]["trend_class"] == "rising"
    assert isinstance(attrs["entity:decliner"]["trend_score"], float)
    table = trends.top_table(summary, top=3)
    assert "Riser" in table and "Decliner" in table and "Steady" not in table


def test_write_trends_files(corpus_graph, tmp_path):
    files = write_trends(corpus_graph, tmp_path, "month", min_support=5)
    names = sorted(f.name for f in files)
    assert names == ["trends.csv", "trends.png", "trends.svg", "trends_summary.csv"]
    series = pd.read_csv(tmp_path / "trends.csv")
    assert {"entity", "type", "period", "papers", "share"} <= set(series.columns)
    assert "rare" not in set(series["entity"])
    summary = pd.read_csv(tmp_path / "trends_summary.csv")
    assert {"entity", "type", "class", "score", "first_seen", "peak_period", "papers"} <= set(summary.columns)
    assert (tmp_path / "trends.png").read_bytes()[:4] == b"\x89PNG"
    assert not list(tmp_path.glob(".trends*"))  # no temp files left behind
    only = write_trends(corpus_graph, tmp_path / "m", "month", types=["Model"], charts=False)
    assert set(pd.read_csv(only[1])["type"]) == {"Model"}


def test_charts_html_is_self_contained(corpus_graph):
    counts = period_counts(corpus_graph, "month")
    summary = summarize(classify(counts))
    frag = charts_html(counts, summary)
    assert frag.startswith('<section class="kg-trends">') and "<svg" in frag
    assert "Riser" in frag and "<script" not in frag
    assert "src=\"http" not in frag and "href=\"http" not in frag and "@import" not in frag


def test_trend_charts_png_only(corpus_graph, tmp_path):
    counts = period_counts(corpus_graph, "month")
    written = trend_charts(counts, summarize(classify(counts)), tmp_path / "t.png")
    assert written == [tmp_path / "t.png"] and (tmp_path / "t.png").stat().st_size > 1000


def test_cli_trends(corpus_graph, tmp_path):
    from click.testing import CliRunner

    from kg.cli import cli
    from kg.tables import write_graphml

    write_graphml(corpus_graph, tmp_path / "graph.graphml")
    result = CliRunner().invoke(cli, ["trends", str(tmp_path), "--period", "month", "--top", "3"])
    assert result.exit_code == 0, result.output
    assert "emerging" in result.output and "Newcomer" in result.output and "Decliner" in result.output
    assert {"trends.csv", "trends_summary.csv", "trends.png", "trends.svg"} <= {p.name for p in tmp_path.iterdir()}
    result = CliRunner().invoke(cli, ["trends", str(tmp_path), "--no-charts", "--type", "Model"])
    assert result.exit_code == 0 and "Newcomer" not in result.output


def test_cli_trends_errors(tmp_path):
    from click.testing import CliRunner

    from kg.cli import cli

    result = CliRunner().invoke(cli, ["trends", str(tmp_path)])
    assert result.exit_code == 1 and "no kg outputs" in result.output
    result = CliRunner().invoke(cli, ["trends", "--help"])
    assert result.exit_code == 0 and "Example:" in result.output


def test_baseline_window(corpus_graph):
    counts = period_counts(corpus_graph, "month")
    out = by_entity(classify(counts, min_support=2, baseline_periods=4))
    assert out.loc["riser", "class"] == "rising" and out.loc["decliner", "class"] == "declining"
    assert out.loc["newcomer", "class"] == "emerging" and out.loc["spike", "class"] == "stable"
    # the ramp is steeper first-third vs last-third than against all earlier months
    full = by_entity(classify(counts, min_support=2))
    assert out.loc["riser", "log2_ratio"] > full.loc["riser", "log2_ratio"]
    assert out.attrs["earlier"] == ["2025-01", "2025-02", "2025-03", "2025-04"]


def test_unbalanced_windows_keep_rare_entities_low():
    """Two mentions in a one-period recent window of many: still not at the top."""
    planted = {"rare": ("Method", "Rare", [0] * 11 + [2]),
               "riser": ("Method", "Riser", [2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 12])}
    papers, docs = make_corpus(planted, per_month=100)
    out = classify(period_counts(build_graph(papers, docs, families={}), "month"),
                   min_support=2, recent_periods=1)
    assert out.iloc[0]["entity"] == "riser"
    got = by_entity(out)
    assert got.loc["rare", "score"] < got.loc["riser", "score"] / 2


def test_charts_drawn_by_a_child_are_the_same_bytes(corpus_graph, tmp_path):
    from kg.charts import ChartsChild, write_chart_files

    counts = period_counts(corpus_graph, "month")
    summary = summarize(classify(counts))
    here, there = tmp_path / "here", tmp_path / "there"
    here.mkdir()
    there.mkdir()
    write_chart_files(counts, summary, here)
    child = ChartsChild(counts, summary, there, report=True)
    assert child.join() == charts_html(counts, summary)
    for name in ("trends.png", "trends.svg"):
        assert (here / name).read_bytes() == (there / name).read_bytes()
    assert sorted(p.name for p in there.iterdir()) == ["trends.png", "trends.svg"], "its working files go"


def test_a_failed_chart_child_raises(tmp_path):
    from kg.charts import ChartsChild

    (tmp_path / "trends.png").mkdir()  # the chart cannot replace a folder
    (tmp_path / "trends.png" / "x").touch()
    child = ChartsChild(pd.DataFrame(columns=["entity", "period", "papers", "total_papers"]),
                        pd.DataFrame(columns=["entity", "label", "type", "class", "score"]), tmp_path, report=False)
    with pytest.raises(OSError, match="trend charts"):
        child.join()
    assert not (tmp_path / ".trend-charts.pickle").exists()


def test_the_chart_child_runs_this_kg_whatever_the_folder(corpus_graph, tmp_path, monkeypatch):
    from kg.charts import ChartsChild

    (tmp_path / "kg").mkdir()  # another kg in the current folder, as python -m would find first
    (tmp_path / "kg" / "__init__.py").write_text("")
    (tmp_path / "kg" / "charts.py").write_text("def main(argv=None):\n    return 0\n")
    monkeypatch.chdir(tmp_path)
    counts = period_counts(corpus_graph, "month")
    out = tmp_path / "out"
    out.mkdir()
    assert "<svg" in ChartsChild(counts, summarize(classify(counts)), out, report=True).join()
    assert (out / "trends.png").is_file()
