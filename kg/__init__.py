"""kg: research-paper abstracts -> a knowledge graph of research trends, offline.

The library API mirrors the CLI: :func:`kg.build` runs the whole job,
:func:`kg.extract` only the extractor, :func:`kg.load` reads an output folder back.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "build", "extract", "load"]


def build(*args, **kwargs):
    """Run the whole pipeline; see :func:`kg.pipeline.build`."""
    from kg.pipeline import build as _build

    return _build(*args, **kwargs)


def extract(*args, **kwargs):
    """Extract entities and relations; see :func:`kg.extract.extract_papers`."""
    from kg.extract import extract_papers

    return extract_papers(*args, **kwargs)


def load(*args, **kwargs):
    """Load an output folder for analysis; see :func:`kg.loader.load`."""
    from kg.loader import load as _load

    return _load(*args, **kwargs)
