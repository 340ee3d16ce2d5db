"""Paper ids: canonical arXiv ids, and content hashes when a record has no id.

An id must be the same on every run and every machine, because the graph, the
RDF export and the extraction cache all key on it.
"""

from __future__ import annotations

import hashlib
import re

__all__ = ["normalize_arxiv_id", "canonical_id", "content_id", "arxiv_url", "arxiv_date"]

# 2503.11677, 0704.0001 (new scheme since April 2007), optional version
_NEW = r"(?P<new>\d{4}\.\d{4,5})"
# cs/0112017, math.GT/0309136, hep-th/9901001 (before April 2007)
_OLD = r"(?P<old>[a-z]+(?:-[a-z]+)?(?:\.[A-Za-z]{2})?/\d{7})"
_ARXIV = re.compile(
    r"(?:(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/|arxiv:|oai:arxiv\.org:)?"
    rf"(?:{_NEW}|{_OLD})(?:v\d+)?(?:\.pdf)?/?",
    re.IGNORECASE,
)


def normalize_arxiv_id(value: str) -> str | None:
    """The canonical ``arXiv:<id>`` form of an arXiv id, URL or versioned id.

    Parameters
    ----------
    value
        ``2503.11677``, ``arXiv:2503.11677v2``, ``https://arxiv.org/abs/2503.11677v1``,
        ``https://arxiv.org/pdf/2503.11677.pdf``, the OAI identifier
        ``oai:arXiv.org:2503.11677v1`` (the guid of arXiv's RSS items), or an
        old-style id such as ``cs/0112017``.

    Returns
    -------
    str or None
        ``"arXiv:<id>"`` without the version, or None if the whole value is
        not an arXiv id.

    Examples
    --------
    >>> normalize_arxiv_id("arXiv:2503.11677v2")
    'arXiv:2503.11677'
    >>> normalize_arxiv_id("https://arxiv.org/abs/2503.11677v1")
    'arXiv:2503.11677'
    >>> normalize_arxiv_id("oai:arXiv.org:2503.11677v1")
    'arXiv:2503.11677'
    >>> normalize_arxiv_id("cs/0112017v1")
    'arXiv:cs/0112017'
    >>> normalize_arxiv_id("W2963403868") is None
    True
    """
    m = _ARXIV.fullmatch(value.strip())
    if not m:
        return None
    if m["new"]:
        return f"arXiv:{m['new']}"
    archive, number = m["old"].split("/")
    head, _, subject = archive.partition(".")
    archive = head.lower() + (f".{subject.upper()}" if subject else "")
    return f"arXiv:{archive}/{number}"


def canonical_id(value: object) -> str | None:
    """A record's own id, stripped, and normalised when it is an arXiv id.

    Examples
    --------
    >>> canonical_id("  2503.11677 ")
    'arXiv:2503.11677'
    >>> canonical_id("doi:10.1000/xyz")
    'doi:10.1000/xyz'
    >>> canonical_id(42)
    '42'
    >>> canonical_id("   ") is None
    True
    """
    if value is None or isinstance(value, (bool, dict, list)):
        return None
    text = " ".join(str(value).split())
    if not text:
        return None
    return normalize_arxiv_id(text) or text


def content_id(title: str, abstract: str) -> str:
    """A stable id from the text: ``"h"`` + the first 16 hex digits of SHA-1.

    The digest is over ``title + "\\n" + abstract`` in UTF-8, after kg's text
    cleanup, so it is the same on every run and machine.

    Examples
    --------
    >>> content_id("A title", "An abstract.")
    'h5c0d124710f2b35c'
    """
    digest = hashlib.sha1(f"{title}\n{abstract}".encode("utf-8", "surrogatepass"))
    return "h" + digest.hexdigest()[:16]


def arxiv_url(paper_id: str) -> str | None:
    """The abstract page of a canonical arXiv id, else None.

    Examples
    --------
    >>> arxiv_url("arXiv:2503.11677")
    'https://arxiv.org/abs/2503.11677'
    >>> arxiv_url("h5c0d124710f2b35c") is None
    True
    """
    if paper_id.startswith("arXiv:"):
        return f"https://arxiv.org/abs/{paper_id[len('arXiv:'):]}"
    return None


def arxiv_date(paper_id: str) -> tuple[str | None, str | None]:
    """The submission month encoded in an arXiv id (YYMM), else ``(None, None)``.

    New-style ids (since April 2007) start with YYMM; old-style ids carry it
    after the archive name (``cs/0112017`` is December 2001).

    Examples
    --------
    >>> arxiv_date("arXiv:2503.11677")
    ('2025-03', 'month')
    >>> arxiv_date("arXiv:cs/0112017")
    ('2001-12', 'month')
    >>> arxiv_date("h5c0d124710f2b35c")
    (None, None)
    """
    if not paper_id.startswith("arXiv:"):
        return None, None
    ident = paper_id[len("arXiv:"):]
    if "/" in ident:
        yymm = ident.split("/")[1][:4]
        new_style = False
    else:
        yymm = ident[:4]
        new_style = True
    yy, mm = int(yymm[:2]), int(yymm[2:])
    if not 1 <= mm <= 12:
        return None, None
    if new_style:
        year = 2000 + yy
        if (year, mm) < (2007, 4):
            return None, None
    else:
        year = 1900 + yy if yy >= 91 else 2000 + yy
    return f"{year:04d}-{mm:02d}", "month"
