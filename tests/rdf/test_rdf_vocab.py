"""kg's vocabulary: one DefinedNamespace, and no IRIs spelled anywhere else."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import kg
from kg.model import ENTITY_TYPES, RELATION_TYPES
from kg.rdf.vocab import ENTITY_CLASSES, ID_BASE, KG, PREFIXES, RELATION_PROPERTIES, VOCAB_BASE

KG_ROOT = Path(kg.__file__).parent

#: web URLs outside kg/rdf/vocab.py that are data, not RDF vocabulary (file, literal)
ALLOWED_URLS = {
    ("ingest/ids.py", "https://arxiv.org/abs/"),  # the arXiv abstract page of a paper id
}

_URL = re.compile(r"https?://[A-Za-z0-9]")


def test_terms_resolve_and_typos_fail():
    assert str(KG.Benchmark) == VOCAB_BASE + "Benchmark"
    assert str(KG.evaluatedOn) == VOCAB_BASE + "evaluatedOn"
    with pytest.raises(AttributeError):
        KG.Benchmarks  # noqa: B018


def test_every_type_and_relation_has_a_term():
    assert set(ENTITY_CLASSES) == set(ENTITY_TYPES)
    assert set(RELATION_PROPERTIES) == set(RELATION_TYPES)


def test_prefixes_are_distinct_namespaces():
    assert len(set(PREFIXES.values())) == len(PREFIXES)
    assert PREFIXES["kg"] == VOCAB_BASE and PREFIXES["kgid"] == ID_BASE


def _docstring_nodes(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def test_no_stray_uris_outside_vocab():
    """Every URI kg writes comes from kg/rdf/vocab.py (docstrings and comments may show some)."""
    stray = []
    for path in sorted(KG_ROOT.rglob("*.py")):
        rel = path.relative_to(KG_ROOT).as_posix()
        if rel == "rdf/vocab.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = _docstring_nodes(tree)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and id(node) not in docstrings and _URL.search(node.value)
                    and (rel, node.value) not in ALLOWED_URLS):
                stray.append(f"kg/{rel}:{node.lineno}: {node.value[:60]!r}")
    assert not stray, "URIs outside kg/rdf/vocab.py:\n" + "\n".join(stray)
