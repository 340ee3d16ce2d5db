"""parse_date: every date form kg reads, and the ones it refuses without crashing."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.ingest.dates import parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-18", ("2025-03-18", "day")),
        (" 2025-03-18 ", ("2025-03-18", "day")),
        ("2025-03-18T17:59:59Z", ("2025-03-18", "day")),
        ("2025-03-18T23:30:00-05:00", ("2025-03-18", "day")),
        ("2025-03-18 08:00:00", ("2025-03-18", "day")),
        ("2025-03-18T08:00:00.123456+02:00", ("2025-03-18", "day")),
        ("2025/03/18", ("2025-03-18", "day")),
        ("2025-03", ("2025-03", "month")),
        ("2025", ("2025", "year")),
        (2025, ("2025", "year")),
        (2025.0, ("2025", "year")),
        ("Mar 2025", ("2025-03", "month")),
        ("March 2025", ("2025-03", "month")),
        ("March 18, 2025", ("2025-03-18", "day")),
        ("Mar. 18 2025", ("2025-03-18", "day")),
        ("18 March 2025", ("2025-03-18", "day")),
        ("Tue, 18 Mar 2025 17:59:59 GMT", ("2025-03-18", "day")),
        (dt.date(2025, 3, 18), ("2025-03-18", "day")),
        (dt.datetime(2025, 3, 18, 12, 0), ("2025-03-18", "day")),
    ],
)
def test_dates_it_reads(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value",
    [None, "", "   ", "2025-13-45", "2025-02-30", "2025-13", "2025-00", "Apr 9", "yesterday",
     "2025-03-18T25:00:00", "12345", 99, -2025, True, [2025], {"year": 2025}, float("nan"),
     "Smarch 2025", "March March 2025", "18/03/2025"],
)
def test_unreadable_dates_are_unknown_not_errors(value):
    assert parse_date(value) == (None, None)
