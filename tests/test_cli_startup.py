"""What the command line imports before it works: `kg --help` and `kg extract` skip the build's modules.

Importing kg.pipeline (networkx, rdflib, the graph and trends code) cost every command
~0.15 s and `kg --help` ~0.8 s in all (spaCy came with it); each command now imports what
it uses when it runs. Checked in a fresh interpreter, by the modules it holds at exit.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

#: modules only `kg build` (and the commands that read its outputs) need
BUILD_MODULES = ("kg.pipeline", "kg.graph", "kg.rdf", "networkx", "rdflib", "pyoxigraph", "pyvis", "pandas",
                 "matplotlib")

RUN_CLI = """
import json, sys
from kg.cli import cli
try:
    cli.main(sys.argv[2:], prog_name="kg", standalone_mode=False)
finally:
    with open(sys.argv[1], "w") as fh:
        json.dump(sorted(sys.modules), fh)
"""


def modules_after(tmp_path: Path, *args: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``kg *args``."""
    seen = tmp_path / "modules.json"
    done = subprocess.run([sys.executable, "-c", RUN_CLI, str(seen), *args], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    return set(json.loads(seen.read_text()))


def imported(modules: set[str], names) -> list[str]:
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in names))


@pytest.mark.parametrize("args", [["--help"], ["build", "--help"], ["extract", "--help"]])
def test_help_imports_neither_spacy_nor_the_build(tmp_path, args):
    assert imported(modules_after(tmp_path, *args), (*BUILD_MODULES, "spacy", "kg.extract")) == []


def test_extract_imports_no_build_module(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "p1", "text": "We fine-tune Llama-3 with LoRA on GSM8K."}) + "\n")
    out = tmp_path / "out.jsonl"
    modules = modules_after(tmp_path, "-q", "extract", str(src), "-o", str(out))
    assert "kg.extract.fast" in modules  # (it did extract)
    assert imported(modules, BUILD_MODULES) == []
    assert [e["text"] for e in json.loads(out.read_text())["entities"]] == ["Llama-3", "LoRA", "GSM8K"]


def test_build_option_defaults_are_the_pipelines():
    """kg build's options and kg.pipeline read one set of defaults (kg.defaults, which imports nothing heavy)."""
    from kg import defaults, pipeline
    from kg.commands import build

    assert pipeline.DEFAULT_OUTDIR is defaults.DEFAULT_OUTDIR is build.DEFAULT_OUTDIR
    assert pipeline.RDF_FORMATS is defaults.RDF_FORMATS is build.RDF_FORMATS
