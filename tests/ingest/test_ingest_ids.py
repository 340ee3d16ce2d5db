"""Paper ids: arXiv forms, content hashes, and dates derived from ids."""

from __future__ import annotations

import pytest

from kg.ingest.ids import arxiv_date, arxiv_url, canonical_id, content_id, normalize_arxiv_id


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2503.11677", "arXiv:2503.11677"),
        ("arXiv:2503.11677v2", "arXiv:2503.11677"),
        ("ARXIV:2503.11677", "arXiv:2503.11677"),
        ("https://arxiv.org/abs/2503.11677v1", "arXiv:2503.11677"),
        ("http://export.arxiv.org/abs/2503.11677", "arXiv:2503.11677"),
        ("https://arxiv.org/pdf/2503.11677v3.pdf", "arXiv:2503.11677"),
        ("arxiv.org/abs/0704.0001", "arXiv:0704.0001"),
        ("1501.0001", "arXiv:1501.0001"),
        ("cs/0112017", "arXiv:cs/0112017"),
        ("cs/0112017v1", "arXiv:cs/0112017"),
        ("arXiv:hep-th/9901001v2", "arXiv:hep-th/9901001"),
        ("math.GT/0309136", "arXiv:math.GT/0309136"),
        ("https://arxiv.org/abs/cs/0112017", "arXiv:cs/0112017"),
    ],
)
def test_arxiv_forms_normalise(value, expected):
    assert normalize_arxiv_id(value) == expected
    assert canonical_id(f"  {value} ") == expected


@pytest.mark.parametrize("value", ["W2963403868", "2503.116", "10.1000/xyz", "abc/0112017x", "2503.11677 extra"])
def test_non_arxiv_ids_are_kept(value):
    assert normalize_arxiv_id(value) is None
    assert canonical_id(value) == value


def test_canonical_id_of_blank_or_structured_values():
    assert canonical_id(None) is None
    assert canonical_id("  ") is None
    assert canonical_id([1]) is None
    assert canonical_id(7) == "7"


def test_content_id_is_stable_and_short():
    # a fixed value: ids must not change across runs, machines or Python versions
    assert content_id("A title", "An abstract.") == "h5c0d124710f2b35c"
    assert content_id("A title", "Another abstract.") != content_id("A title", "An abstract.")
    assert len(content_id("", "x")) == 17


def test_arxiv_url_and_date():
    assert arxiv_url("arXiv:cs/0112017") == "https://arxiv.org/abs/cs/0112017"
    assert arxiv_url("doi:10.1/x") is None
    assert arxiv_date("arXiv:2503.11677") == ("2025-03", "month")
    assert arxiv_date("arXiv:0704.0001") == ("2007-04", "month")
    assert arxiv_date("arXiv:0612.0001") == (None, None)  # before the new scheme
    assert arxiv_date("arXiv:2513.00001") == (None, None)  # no month 13
    assert arxiv_date("arXiv:hep-th/9901001") == ("1999-01", "month")
    assert arxiv_date("h5c0d124710f2b35c") == (None, None)
