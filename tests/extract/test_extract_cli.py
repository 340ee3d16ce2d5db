"""`kg extract` on small JSONL inputs (text records and title/abstract records)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kg.commands.extract import command


def test_extract_cli(tmp_path):
    inp = tmp_path / "in.jsonl"
    rows = [
        {"id": "a", "text": "We fine-tune Llama3-8b-instruct with Low-Rank Adaptation (LoRA) on GSM8K."},
        {"id": "b", "title": "PIE: Progressive Image Editing", "abstract": "PIE improves FID on CIFAR-10."},
    ]
    inp.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(command, [str(inp), "-o", str(out)], obj={"quiet": True})
    assert res.exit_code == 0, res.output
    lines = [json.loads(l) for l in out.read_text().splitlines()]
    assert [l["id"] for l in lines] == ["a", "b"]
    texts = [rows[0]["text"], rows[1]["title"] + "\n\n" + rows[1]["abstract"]]
    for line, text in zip(lines, texts):
        assert line["entities"]
        for e in line["entities"]:
            assert set(e) == {"start", "end", "text", "type", "id"}
            assert text[e["start"]:e["end"]] == e["text"]
    assert any(e["text"] == "LoRA" and e["type"] == "Method" for e in lines[0]["entities"])


def test_extract_cli_bad_input(tmp_path):
    inp = tmp_path / "bad.jsonl"
    inp.write_text('{"id": 1}\n')
    res = CliRunner().invoke(command, [str(inp), "-o", str(tmp_path / "o.jsonl")], obj={"quiet": True})
    assert res.exit_code != 0


def test_extract_workers_same_output(tmp_path):
    from kg.extract import extract_papers
    from kg.model import Paper

    papers = [Paper(id=str(i), title="T", abstract=f"We train ResNet-{i}0 on ImageNet with GRPO.") for i in range(1, 6)]
    one = [e.to_extract_json() for e in extract_papers(papers)]
    two = [e.to_extract_json() for e in extract_papers(papers, workers=2, batch_size=2)]
    assert one == two
