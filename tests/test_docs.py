"""The docs are part of the product: every command is documented and every example runs.

Like sqlite-utils' test_docs: each command has --help with an Example block and a section
in docs/cli.md; every ```bash block in docs/cli.md runs, in order, in a scratch checkout.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parents[1]
CLI_MD = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_command_has_help_with_example_and_docs(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output
    assert f"## kg {name}" in CLI_MD


def test_every_registered_command_module_exists():
    from kg.commands import COMMANDS

    assert sorted(COMMANDS) == sorted(cli.commands)


def test_readme_quick_start_matches_ci():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = "python -m pip install -e '.[test]' && python -m pytest"
    assert test_command in readme and test_command in ci
    assert "python -m pip install . && kg build" in readme


def test_doc_links_resolve():
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for target in re.findall(r"\]\(([^)#\s]+)\)", doc.read_text(encoding="utf-8")):
            if "://" in target:
                continue
            assert (doc.parent / target).exists(), f"{doc.name} links to missing {target}"


@pytest.mark.slow
def test_cli_md_examples_run(tmp_path):
    for part in ("seeds", "docs"):
        shutil.copytree(ROOT / part, tmp_path / part)
    (tmp_path / "tests" / "fixtures").mkdir(parents=True)
    shutil.copy(ROOT / "tests" / "fixtures" / "gold_mini.jsonl", tmp_path / "tests" / "fixtures")
    blocks = re.findall(r"```bash\n(.*?)```", CLI_MD, flags=re.S)
    assert len(blocks) >= 6
    bindir = tmp_path / "bin"
    bindir.mkdir()
    launcher = bindir / "kg"
    launcher.write_text(f"#!/bin/sh\nexec {sys.executable} -m kg.cli \"$@\"\n")
    launcher.chmod(0o755)
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ['PATH']}"}
    for block in blocks:
        done = subprocess.run(["bash", "-euo", "pipefail", "-c", block], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, f"{block}\n--- stderr:\n{done.stderr}"
        assert "Traceback" not in done.stderr
    assert (tmp_path / "outputs" / "graph.jsonld").exists()
    assert "MathVista" in (tmp_path / "top_benchmarks.csv").read_text(encoding="utf-8")
