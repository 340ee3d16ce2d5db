"""LaTeX prose markup in abstracts (kg.extract.markup) and short forms inside longer tokens."""

import pytest

from kg.extract import extract_text
from kg.extract.markup import mask_markup


@pytest.mark.parametrize("text", [
    r"We propose \textbf{FlowNet-X} and {\bf GRPO}.",
    r"a \emph{diffusion model} on \texttt{MathVista}",
    r"math $\text{E}^3\textbf{x}$ stays, \textbf{unclosed",
    r"bold initials: \textbf{M}obileNet and C\textbf{o}T",
])
def test_mask_keeps_length_and_offsets(text):
    masked = mask_markup(text)
    assert len(masked) == len(text)
    # only markup characters change, and only into spaces
    assert all(a == b or b == " " for a, b in zip(text, masked))


def test_mask_blanks_prose_commands_only():
    assert mask_markup(r"\textbf{FlowNet-X}, {\bf GRPO}").split() == ["FlowNet-X", ",", "GRPO"]
    assert mask_markup(r"$\text{E}^3$") == r"$\text{E}^3$"  # inside math: a formula, not prose
    assert mask_markup(r"\textbf{M}obileNet") == r"\textbf{M}obileNet"  # blanking would split the word
    assert mask_markup(r"\textbf{never closed") == r"\textbf{never closed"


def test_names_inside_markup_are_found():
    text = (r"We propose \textbf{FlowNet-X}, a \emph{diffusion model} for \textit{image editing}, "
            r"and evaluate it on \texttt{MathVista} with {\bf GRPO}.")
    ex = extract_text(text)
    found = {m.text for m in ex.mentions}
    assert {"FlowNet-X", "diffusion model", "image editing", "MathVista", "GRPO"} <= found
    assert ex.text == text  # the extraction carries the original text ...
    for m in ex.mentions:  # ... and every mention quotes it at its offsets
        assert text[m.start:m.end] == m.text
        assert "\\" not in m.text and "{" not in m.text


def test_short_form_inside_a_longer_token_is_no_mention():
    text = "We build large language model (LLM)-based agents. ICL$_{LLM}$ differs. The LLM works."
    ex = extract_text(text)
    llm = [m for m in ex.mentions if m.entity_id == "llm"]
    assert [m.text for m in llm] == ["large language model", "LLM"]  # the pair still names LLM
    assert all(")" not in m.text and "$" not in m.text for m in ex.mentions)


def test_citation_and_reference_keys_are_no_text():
    """A key is no prose: "\\citet{Shao-2024-Deepseekmath}" made a model "-Deepseekmath"."""
    text = (r"GRPO~\cite{Shao-2024-Deepseekmath} and DAPO \citep[see][p.~3]{Yu2025-dapo} follow "
            r"\citet{Razin-2025-Unintentional}; see Table \ref{tab:FooNet-results}.")
    masked = mask_markup(text)
    assert len(masked) == len(text)
    assert masked.split() == ["GRPO", "and", "DAPO", "follow", ";", "see", "Table", "."]
    found = {m.text for m in extract_text(text).mentions}
    assert {"GRPO", "DAPO"} <= found
    assert not any(t.startswith("-") or "2025" in t or "2024" in t or "FooNet" in t for t in found)
    # in math a \ref stays (a formula); an unclosed key is left alone
    assert mask_markup(r"$x \ref{a}$") == r"$x \ref{a}$" and mask_markup(r"\cite{never") == r"\cite{never"
