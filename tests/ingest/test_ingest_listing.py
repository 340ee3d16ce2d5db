"""Listing pages: the seed page, noise, line endings and the title/abstract heuristic."""

from __future__ import annotations

from kg.ingest import IngestStats, read_papers
from kg.ingest.latex import latex_to_text
from kg.ingest.listing import is_abstract, is_noise, is_title

SEED_TITLES_SAMPLE = {
    0: "ILLUME+: Illuminating Unified MLLM with Dual Visual Tokenization and Diffusion Refinement",
    3: "When Do Curricula Work in Federated Learning?",
    7: "Weak-to-Strong Reasoning",
    19: "TÜLU 3: Pushing Frontiers in Open Language Model Post-Training",
    28: "Backpropagation-free Training of Deep Physical Neural Networks",
}


def read(path):
    stats = IngestStats()
    return list(read_papers(path, stats=stats)), stats


def test_seed_page_gives_every_paper_whole(seed):
    papers, stats = read(seed)
    # The page holds 29 title+abstract pairs (63 non-blank lines: 5 of page chrome + 29 x 2).
    assert len(papers) == 29
    assert stats.warnings == [] and stats.skipped == 0
    for index, title in SEED_TITLES_SAMPLE.items():
        assert papers[index].title == title
    assert papers[-1].title == "Backpropagation-free Training of Deep Physical Neural Networks"
    first = papers[0].abstract
    assert first.startswith("We present ILLUME+ that leverages dual visual tokenization")
    assert first.endswith("Project Page: https://illume-unified-mllm.github.io/.")
    assert papers[7].abstract.startswith("When large language models (LLMs) exceed human-level")
    assert papers[7].abstract.endswith("https://github.com/GAIR-NLP/weak-to-strong-reasoning.")
    assert papers[-1].abstract.startswith("Recent years have witnessed the outstanding success")
    assert papers[-1].abstract.endswith("to perform vowel and image classification tasks experimentally.")
    # every abstract is the whole paragraph of the page (LaTeX accents decoded: T\"ULU -> TÜLU)
    lines = seed.read_text(encoding="utf-8").splitlines()
    for paper in papers:
        line = int(paper.source.rsplit(":", 1)[1])
        assert lines[line - 1] == paper.title
        assert latex_to_text(lines[line + 1]) == paper.abstract
    # no noise became a paper, and no title is a noise line
    assert not {"new", "Subscribe", "Apr 9", "byAK and the research community"} & {p.title for p in papers}
    # a page date without a year does not date the papers
    assert stats.undated == 29 and all(p.date is None for p in papers)
    assert all(p.id.startswith("h") and len(p.id) == 17 for p in papers)
    assert len({p.id for p in papers}) == 29


def test_seed_with_bom_and_windows_line_endings(seed, write):
    text = seed.read_text(encoding="utf-8")
    plain, _ = read(seed)
    crlf, stats = read(write("page.txt", b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode()))
    assert [(p.id, p.title, p.abstract) for p in crlf] == [(p.id, p.title, p.abstract) for p in plain]
    assert stats.warnings == []


def test_ids_are_stable_across_runs(seed):
    assert [p.id for p in read(seed)[0]] == [p.id for p in read(seed)[0]]
    assert read(seed)[0][0].id == "h700bc8783491ecd5"


def test_small_listing_with_noise_between_title_and_abstract(fixtures):
    papers, stats = read(fixtures / "listing.txt")
    assert [p.title for p in papers] == ["A Small Listing Title About Diffusion Models",
                                         "Is This Second Title a Question?"]
    assert papers[1].abstract.startswith("The second abstract is also long enough")
    assert all(p.date is None for p in papers)
    assert stats.warnings == [f"{fixtures / 'listing.txt'}:23: long paragraph without a title before it skipped "
                              "(not a paper?)"]


def test_wrapped_paragraphs_and_labels(write):
    page = ("Title: A Wrapped\n  Title Line\n\nAbstract: This abstract is wrapped over\n"
            "several lines, as a text browser would save it, and it has\nmore than fifteen words.\n")
    papers, _ = read(write("page.txt", page))
    assert papers[0].title == "A Wrapped Title Line"
    assert papers[0].abstract.startswith("This abstract is wrapped over several lines, as")


def test_heuristic_parts():
    assert is_title("Weak-to-Strong Reasoning")
    assert not is_title("We propose a method.")
    assert not is_title("x " * 41)
    assert not is_title("Subscribe")
    assert not is_title("1,234")
    assert is_noise("Apr 9") and is_noise("April 9, 2025") and is_noise("12 upvotes")
    assert is_noise("Submitted by akhaliq") and is_noise("· 5 authors")
    assert not is_noise("Orca: Progressive Learning from Complex Explanation Traces of GPT-4")
    assert is_abstract("word " * 20) and not is_abstract("short text")


def test_listing_without_papers_raises(write):
    import pytest

    from kg.errors import InputError

    path = write("page.txt", "new\n\nSubscribe\n\nApr 9\n")
    with pytest.raises(InputError, match="no papers found"):
        read(path)


def test_author_line_between_title_and_abstract(write):
    page = ("Deep Residual Learning for Image Recognition\n\nKaiming He, Xiangyu Zhang and Jian Sun\n\n"
            "Deeper neural networks are more difficult to train. We present a residual learning framework "
            "to ease the training of networks that are substantially deeper.\n")
    (paper,), _ = read(write("page.txt", page))
    assert paper.title == "Deep Residual Learning for Image Recognition"
    assert paper.authors == ["Kaiming He", "Xiangyu Zhang", "Jian Sun"]
    assert paper.abstract.startswith("Deeper neural networks")
