"""LaTeX accent escapes are decoded when records are read, and names with them are found."""

from __future__ import annotations

import json

import pytest

from kg.extract import extract_papers
from kg.ingest import read_papers
from kg.ingest.latex import decode_accents


@pytest.mark.parametrize(
    "latex, text",
    [
        (r"Fr\'echet", "Fréchet"),
        (r"Schr\"odinger", "Schrödinger"),
        (r"T\"ULU 3", "TÜLU 3"),
        (r"Do\~nana", "Doñana"),
        (r"F\`ux\`i", "Fùxì"),
        (r"{\"u}ber", "über"),
        (r"\"{o}", "ö"),
        (r"Fran\c{c}ois", "François"),
        (r"\v{S}koda", "Škoda"),
        (r"Mar\'{\i}a", "María"),
        (r"\={a}", "ā"),
    ],
)
def test_accent_escapes_become_letters(latex, text):
    assert decode_accents(latex) == text


@pytest.mark.parametrize(
    "latex",
    [r"$\rho$", r"\cite{x}", r"\varepsilon", r"\url{a}", r"\ce{H2O}", r"\circ", r"\rm{x}", r"$x^2$", r"\'", r"a \" b"],
)
def test_commands_that_are_not_accents_stay(latex):
    assert decode_accents(latex) == latex


def test_read_records_decode_title_abstract_and_authors(write):
    record = {"id": "2501.00001", "title": r"Fr\'echet Distances for T\"ULU 3",
              "abstract": r"We fine-tune T\"ULU 3 and report the Fr\'echet Inception Distance.",
              "authors": [r"Jos\'e Garc\'{\i}a"]}
    paper = next(read_papers([write("a.jsonl", json.dumps(record) + "\n")]))
    assert paper.title == "Fréchet Distances for TÜLU 3"
    assert paper.abstract == "We fine-tune TÜLU 3 and report the Fréchet Inception Distance."
    assert paper.authors == ["José García"]
    mentions = {m.text: m.entity_id for m in next(iter(extract_papers([paper]))).mentions}
    assert mentions["TÜLU 3"] == "tulu-3"  # an id without the accent, as for "Tulu 3"
    assert mentions["Fréchet Inception Distance"] == "fid"


def test_prose_markup_and_glued_acronyms_are_cleaned_when_read(write):
    record = {"id": "2501.00002", "title": r"\textbf{C}ity\textbf{GPT}: Agents",
              "abstract": r"We propose \textbf{FlowNet-X} with {\bf Low-Rank Adaptation~(LoRA)} and "
                          r"large language models(LLMs); cost is O(NlogN) and $\text{E}^3$ stays.",
              "url": "https://example.org/~me/paper(V2)"}
    paper = next(read_papers([write("b.jsonl", json.dumps(record) + "\n")]))
    assert paper.title == "CityGPT: Agents"
    assert paper.abstract == ("We propose FlowNet-X with Low-Rank Adaptation (LoRA) and "
                              r"large language models (LLMs); cost is O(NlogN) and $\text{E}^3$ stays.")
    assert paper.url == "https://example.org/~me/paper(V2)"
    texts = {m.text for m in next(iter(extract_papers([paper]))).mentions}
    assert {"FlowNet-X", "LoRA", "LLMs"} <= texts
    assert not any("LLMs" in t and "(" in t or "\\" in t or "~" in t for t in texts)


def test_long_runs_after_a_bracket_are_left_alone():
    # a hostile abstract: the glued-acronym pattern is bounded, so this is as cheap as any text
    from kg.ingest.records import clean_abstract

    text = "ab(" + "A" * 200_000
    assert clean_abstract(text) == text
    assert clean_abstract("train(Adam) and models(LLMs)") == "train(Adam) and models (LLMs)"


@pytest.mark.parametrize(
    "latex, text",
    [
        (r"an accuracy of \textbf{78.27\%} on A\&B", "an accuracy of 78.27% on A&B"),
        (r"+8.8\%~mPC on Cityscapes-C", "+8.8% mPC on Cityscapes-C"),
        (r"the OpenOOD benchmark~\cite{yang2022openood}. Ours", "the OpenOOD benchmark. Ours"),
        (r"SD3.5~\citep[p.~3]{sd3} and GPT4o \citet{gpt4o}, see \ref{fig:a}", "SD3.5 and GPT4o, see"),
        (r"Code: \url{https://github.com/a\_b}.", "Code: https://github.com/a_b."),
        (r"available~\href{https://g.io/x}{\texttt{https://g.io/x}}", "available https://g.io/x"),
        (r"at \href{https://g.io/x}{our page}", "at our page (https://g.io/x)"),
        (r"publicly available\footnote{https://g.io/y}.", "publicly available (https://g.io/y)."),
        (r"costs $95\%$ of \$5", r"costs $95\%$ of \$5"),  # math as written; an escaped dollar stays
    ],
)
def test_escapes_citations_and_links_print_as_text(latex, text):
    from kg.ingest.latex import latex_to_text

    assert latex_to_text(latex) == text


def test_a_percent_read_from_a_record_is_a_result_unit(write):
    record = {"id": "2501.00003", "title": "FooNet",
              "abstract": r"FooNet achieves an accuracy of 81.2\% on ImageNet~\cite{deng2009}."}
    paper = next(read_papers([write("c.jsonl", json.dumps(record) + "\n")]))
    assert paper.abstract == "FooNet achieves an accuracy of 81.2% on ImageNet."
    doc = next(iter(extract_papers([paper])))
    assert [(r.value, r.unit) for r in doc.results] == [(81.2, "%")]
