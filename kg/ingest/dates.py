"""Publication dates: whatever a source wrote -> an ISO string and its precision.

A paper's date is kept at the precision its source gave: ``"2025"`` (year),
``"2025-03"`` (month) or ``"2025-03-18"`` (day). Nothing is invented: a month
without a day stays a month, and a listing-page date without a year ("Apr 9")
is unknown.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

__all__ = ["parse_date", "PRECISIONS"]

#: the precisions a date can have, coarsest first
PRECISIONS = ("year", "month", "day")

_MIN_YEAR, _MAX_YEAR = 1000, 2999

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}

_YEAR = re.compile(r"(\d{4})")
_YEAR_MONTH = re.compile(r"(\d{4})[-/](\d{1,2})")
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_SLASH_DAY = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ].+")
_WORDS = re.compile(r"[A-Za-z]+\.?|\d+")


def parse_date(value: object) -> tuple[str | None, str | None]:
    """Read a date as a source wrote it.

    Parameters
    ----------
    value
        An ISO date (``"2025-03-18"``), an ISO datetime with time and time zone
        (``"2025-03-18T17:59:59Z"``; the calendar date as written is kept, not
        converted to UTC), ``"2025-03"``, a year as int or str, an English date
        (``"Mar 2025"``, ``"March 18, 2025"``, ``"18 Mar 2025"``) or an RFC 2822
        date (``"Tue, 18 Mar 2025 17:59:59 GMT"``).

    Returns
    -------
    tuple
        ``(iso, precision)`` with precision one of ``"year"``, ``"month"``,
        ``"day"``; ``(None, None)`` when the value is empty or cannot be read
        (an impossible date such as ``"2025-13-45"``, a date without a year).
        It never raises: callers decide whether an unreadable value deserves
        a warning.

    Examples
    --------
    >>> parse_date("2025-03-18")
    ('2025-03-18', 'day')
    >>> parse_date("2025-03-18T23:30:00-05:00")
    ('2025-03-18', 'day')
    >>> parse_date("2025-03")
    ('2025-03', 'month')
    >>> parse_date(2025)
    ('2025', 'year')
    >>> parse_date("March 18, 2025")
    ('2025-03-18', 'day')
    >>> parse_date("Mar 2025")
    ('2025-03', 'month')
    >>> parse_date("2025-13-45")
    (None, None)
    >>> parse_date("Apr 9")
    (None, None)
    >>> parse_date(None)
    (None, None)
    """
    if value is None or isinstance(value, bool):
        return None, None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return (str(value), "year") if _MIN_YEAR <= value <= _MAX_YEAR else (None, None)
    if isinstance(value, (date, datetime)):
        return _day(value.year, value.month, value.day)
    if not isinstance(value, str):
        return None, None
    text = value.strip()
    if not text:
        return None, None
    try:
        return _parse_text(text)
    except (ValueError, OverflowError, TypeError):
        return None, None


def _parse_text(text: str) -> tuple[str | None, str | None]:
    if _YEAR.fullmatch(text):
        return parse_date(int(text))
    m = _YEAR_MONTH.fullmatch(text)
    if m:
        return _month(int(m[1]), int(m[2]))
    m = _ISO_DAY.fullmatch(text) or _SLASH_DAY.fullmatch(text)
    if m:
        return _day(int(m[1]), int(m[2]), int(m[3]))
    if _ISO_DATETIME.fullmatch(text):
        stamp = datetime.fromisoformat(text)  # ValueError for impossible dates/times
        return _day(stamp.year, stamp.month, stamp.day)
    if "," in text and ":" in text:  # RFC 2822, as in RSS and the arXiv API
        stamp = parsedate_to_datetime(text)
        return _day(stamp.year, stamp.month, stamp.day)
    return _parse_words(text)


def _parse_words(text: str) -> tuple[str | None, str | None]:
    """English dates: "Mar 2025", "March 18, 2025", "18 March 2025"."""
    tokens = _WORDS.findall(text.replace(",", " "))
    if "".join(tokens).replace(".", "") != re.sub(r"[\s,.]", "", text):
        return None, None  # something other than words and numbers
    month = year = day = None
    for token in tokens:
        if token[0].isalpha():
            number = _MONTHS.get(token.rstrip(".").lower())
            if number is None or month is not None:
                return None, None
            month = number
        elif len(token) == 4 and year is None:
            year = int(token)
        elif len(token) <= 2 and day is None:
            day = int(token)
        else:
            return None, None
    if month is None or year is None:
        return None, None
    return _month(year, month) if day is None else _day(year, month, day)


def _month(year: int, month: int) -> tuple[str | None, str | None]:
    if not (_MIN_YEAR <= year <= _MAX_YEAR and 1 <= month <= 12):
        return None, None
    return f"{year:04d}-{month:02d}", "month"


def _day(year: int, month: int, day: int) -> tuple[str | None, str | None]:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None, None
    return date(year, month, day).isoformat(), "day"  # ValueError if impossible
