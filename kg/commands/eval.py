"""``kg eval``: entity precision, recall and F1 against gold JSONL."""

from __future__ import annotations

import json
from pathlib import Path

import click

__all__ = ["command"]


@click.command("eval")
@click.argument("gold", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--pred", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Predictions from `kg extract` (default: kg extracts the gold texts now).")
@click.option("--show-errors", default=20, show_default=True, type=click.IntRange(0, None),
              help="How many of the most frequent false positives / negatives to list.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the full result as JSON to this file.")
@click.option("--relations", is_flag=True,
              help="Also score relations (gold relations mapped to kg's; see docs/relations.md), "
                   "with gold entities and end to end.")
def command(gold: Path, pred: Path | None, show_errors: int, json_out: Path | None,
            relations: bool) -> None:
    """Score extraction against gold annotations (strict and partial P/R/F1).

    GOLD is JSONL: {"id", "text", "entities": [{"start", "end", "text", "type"}]}.
    Types fold to METHOD (Method, Model), DATA (Dataset, Benchmark, Material),
    METRIC and TASK; Generic / OtherScientificTerm spans are ignore zones, and a
    class the gold file never annotates is not scored.

    With --relations, gold relations (SciER, SciERC types) are mapped to kg's
    relations and scored with partial entity matching, twice: on the gold
    entities (relation rules alone) and end to end (kg's own entities).

    Example:

    \b
        kg eval gold.jsonl --show-errors 10
        kg eval gold.jsonl --relations
        kg extract gold.jsonl -o pred.jsonl && kg eval gold.jsonl --pred pred.jsonl --json scores.json
    """
    from kg.evaluate import evaluate, format_report

    result = evaluate(gold, pred, show_errors=show_errors)
    click.echo(format_report(result))
    if relations:
        from kg.evaluate_relations import evaluate_relations
        from kg.evaluate_relations import format_report as format_relations

        scores = [evaluate_relations(gold), evaluate_relations(gold, mode="end-to-end")]
        click.echo()
        click.echo(format_relations(scores))
        result = {**result, "relations": scores}
    if json_out is not None:
        json_out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf8")
