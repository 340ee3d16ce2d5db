"""At most a few warnings of each kind on the terminal; the rest are counted.

A folder of a year of daily arXiv feeds repeats thousands of papers (announced again
when replaced), and each repeat is a ``duplicate id`` warning: printed one by one they
would bury the one warning that matters. :class:`RepeatedWarnings` lets the first
:data:`PER_KIND` warnings of each kind through, replaces the next one by a notice that
more follow, and counts the rest; ``kg build`` prints the count and writes every
warning to ``OUTDIR/warnings.txt``. A warning's kind is its text without the
``file:line:`` it starts with, quoted values and numbers: "duplicate id 'x' skipped".
"""

from __future__ import annotations

import logging
import re
from collections import Counter

__all__ = ["RepeatedWarnings", "PER_KIND", "kind_of"]

#: warnings of one kind printed before the rest of that kind are only counted
PER_KIND = 20

_PLACE = re.compile(r"^.+?:\d+: ")  # "path:line: " (ingest warnings start with it)
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_NUMBER = re.compile(r"\d+")


def kind_of(message: str) -> str:
    """The kind of a warning: its text without place, quoted values and numbers.

    >>> kind_of("a/b.jsonl:12: duplicate id 'arXiv:2501.01234' skipped (the first one is kept)")
    "duplicate id '…' skipped (the first one is kept)"
    >>> kind_of("feed.xml:3: record has no title and no abstract") == kind_of("x.csv:90: record has no title and no abstract")
    True
    """
    return _NUMBER.sub("#", _QUOTED.sub("'…'", _PLACE.sub("", message, count=1)))


class RepeatedWarnings(logging.Filter):
    """A handler filter: warnings beyond :data:`PER_KIND` of one kind are counted, not shown.

    Messages below WARNING level always pass.

    >>> f = RepeatedWarnings(per_kind=2)
    >>> recs = [logging.LogRecord("kg", logging.WARNING, "", 0, f"f:{i}: duplicate id 'x{i}'", None, None)
    ...         for i in range(5)]
    >>> [f.filter(r) for r in recs], f.hidden
    ([True, True, True, False, False], 3)
    >>> print(recs[2].getMessage())
    further warnings like "duplicate id '…'" are not shown
    """

    def __init__(self, per_kind: int = PER_KIND):
        super().__init__()
        self.per_kind = per_kind
        self.seen: Counter[str] = Counter()
        #: warnings not shown (the notice that replaced the first of them included)
        self.hidden = 0

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            return True
        kind = kind_of(record.getMessage())
        self.seen[kind] += 1
        n = self.seen[kind]
        if n <= self.per_kind:
            return True
        self.hidden += 1
        if n == self.per_kind + 1:
            record.msg, record.args = 'further warnings like "%s" are not shown', (kind,)
            return True
        return False
