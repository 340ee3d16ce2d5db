"""Fixtures for the ingest tests: the fixture folder and a helper to write inputs."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SEED = Path(__file__).parents[2] / "seeds" / "000_1e20c9cb9df3eab3.txt"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def seed() -> Path:
    return SEED


@pytest.fixture
def write(tmp_path):
    """write(name, text_or_bytes) -> path; a name ending in .gz is gzip-compressed."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content.encode("utf-8") if isinstance(content, str) else content
        if name.endswith(".gz"):
            data = gzip.compress(data, mtime=0)
        path.write_bytes(data)
        return path

    return _write
