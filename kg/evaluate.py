"""Entity scores against gold-annotated JSONL: strict and partial P/R/F1.

Gold lines are ``{"id", "text", "entities": [{"start", "end", "text", "type"}], ...}``
(the format of SciER / SciERC / TDMSci conversions). Predictions are ``kg extract``
lines ``{"id", "entities": [{"start", "end", "type", ...}]}``; without them kg
extracts the gold texts itself.

Scoring rules:

* **Classes** are folded case-insensitively: Method, Model → METHOD; Dataset,
  Benchmark, Material → DATA; Metric → METRIC; Task → TASK.
* **Ignore zones**: gold Generic and OtherScientificTerm spans are not targets;
  a prediction that overlaps only such spans (and no target) counts neither way.
* **Unannotated classes**: a class with no gold span in the whole file (Metric
  in SciER, Method in TDMSci) is not scored; predictions of it are dropped.
* **Strict**: same span, same class. **Partial**: overlapping spans of the
  same class, matched one-to-one (largest overlap first).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from kg.errors import InputError

__all__ = ["evaluate", "score", "fold_type", "format_report", "load_jsonl", "CLASSES"]

#: scored classes, in display order
CLASSES = ("METHOD", "DATA", "METRIC", "TASK")
_FOLD = {
    "method": "METHOD", "model": "METHOD",
    "dataset": "DATA", "benchmark": "DATA", "material": "DATA",
    "metric": "METRIC",
    "task": "TASK",
    "generic": "IGNORE", "otherscientificterm": "IGNORE",
}


def fold_type(type_: str) -> str | None:
    """The scored class of a gold or predicted type; ``"IGNORE"`` for ignore zones.

    Examples
    --------
    >>> fold_type("Model"), fold_type("BENCHMARK"), fold_type("Generic"), fold_type("Person")
    ('METHOD', 'DATA', 'IGNORE', None)
    """
    return _FOLD.get(str(type_).strip().lower())


def iter_jsonl(path: str | Path):
    """Yield ``(line number, object)`` for each non-blank line of a JSONL file (``.gz`` too).

    Raises :class:`InputError` naming the file and line on a missing file, bad JSON or
    a line that is not a JSON object.
    """
    path = Path(path)
    if not path.exists():
        raise InputError("no such file", path=str(path))
    if path.suffix == ".gz":
        import gzip

        handle = gzip.open(path, "rt", encoding="utf8")
    else:
        handle = path.open(encoding="utf8")
    with handle as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"not valid JSON ({exc.msg})", path=str(path), line=i) from None
            if not isinstance(obj, dict):
                raise InputError("expected a JSON object", path=str(path), line=i)
            yield i, obj


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Read a JSONL file of objects, raising :class:`InputError` with the line on bad JSON."""
    return [obj for _, obj in iter_jsonl(path)]


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score(
    gold_docs: list[dict[str, Any]],
    pred_docs: dict[str, list[dict[str, Any]]],
    *,
    show_errors: int = 20,
) -> dict[str, Any]:
    """Score predictions against gold documents (see the module docstring).

    Parameters
    ----------
    gold_docs : list of dict
        Gold lines (``id``, ``text``, ``entities``).
    pred_docs : dict
        ``id -> list of {"start", "end", "type"}``; missing ids predict nothing.
    show_errors : int
        How many of the most frequent false positives / negatives to list.

    Returns
    -------
    dict
        ``{"docs", "classes", "strict": {"micro", "per_class"}, "partial": {...},
        "false_positives": [[text, class, count], ...], "false_negatives": [...]}``.

    Examples
    --------
    >>> gold = [{"id": "a", "text": "BERT on SQuAD", "entities": [
    ...     {"start": 0, "end": 4, "type": "Method"}, {"start": 8, "end": 13, "type": "Material"}]}]
    >>> r = score(gold, {"a": [{"start": 0, "end": 4, "type": "Model"}, {"start": 8, "end": 13, "type": "Task"}]})
    >>> r["strict"]["micro"]["tp"], r["strict"]["micro"]["fp"], r["strict"]["micro"]["fn"]
    (1, 0, 1)
    """
    classes = sorted(
        {fold_type(e["type"]) for d in gold_docs for e in d.get("entities", [])} - {None, "IGNORE"},
        key=lambda c: CLASSES.index(c) if c in CLASSES else 99,
    )
    counts = {mode: {c: Counter() for c in classes} for mode in ("strict", "partial")}
    fps: Counter = Counter()
    fns: Counter = Counter()
    for doc in gold_docs:
        text = doc.get("text", "")
        gold = []
        zones = []
        for e in doc.get("entities", []):
            c = fold_type(e["type"])
            span = (int(e["start"]), int(e["end"]))
            if c == "IGNORE":
                zones.append(span)
            elif c in classes:
                gold.append((span, c))
        preds = []
        for e in pred_docs.get(str(doc.get("id")), []):
            c = fold_type(e.get("type", ""))
            if c in classes:
                preds.append(((int(e["start"]), int(e["end"])), c))

        def ignorable(span: tuple[int, int]) -> bool:
            return not any(_overlap(span, g) for g, _ in gold) and any(_overlap(span, z) for z in zones)

        # strict: multiset match on (span, class)
        gold_left = Counter(gold)
        for p in preds:
            if gold_left[p] > 0:
                gold_left[p] -= 1
                counts["strict"][p[1]]["tp"] += 1
            elif not ignorable(p[0]):
                counts["strict"][p[1]]["fp"] += 1
        for g, n in gold_left.items():
            counts["strict"][g[1]]["fn"] += n

        # partial: one-to-one, same class, largest overlap first
        pairs = []
        for i, (ps, pc) in enumerate(preds):
            for j, (gs, gc) in enumerate(gold):
                if pc == gc:
                    ov = _overlap(ps, gs)
                    if ov:
                        pairs.append((-ov, i, j))
        pairs.sort()
        used_p: set[int] = set()
        used_g: set[int] = set()
        for _, i, j in pairs:
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            counts["partial"][preds[i][1]]["tp"] += 1
        for i, (ps, pc) in enumerate(preds):
            if i in used_p or ignorable(ps):
                continue
            counts["partial"][pc]["fp"] += 1
            fps[(text[ps[0]:ps[1]].lower(), pc)] += 1
        for j, (gs, gc) in enumerate(gold):
            if j not in used_g:
                counts["partial"][gc]["fn"] += 1
                fns[(text[gs[0]:gs[1]].lower(), gc)] += 1

    result: dict[str, Any] = {"docs": len(gold_docs), "classes": classes}
    for mode in ("strict", "partial"):
        per = {c: _prf(counts[mode][c]["tp"], counts[mode][c]["fp"], counts[mode][c]["fn"]) for c in classes}
        tp = sum(v["tp"] for v in per.values())
        fp = sum(v["fp"] for v in per.values())
        fn = sum(v["fn"] for v in per.values())
        result[mode] = {"micro": _prf(tp, fp, fn), "per_class": per}
    result["false_positives"] = [[t, c, n] for (t, c), n in fps.most_common(show_errors)]
    result["false_negatives"] = [[t, c, n] for (t, c), n in fns.most_common(show_errors)]
    return result


def _predict(gold_docs: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    from kg.extract import extract_papers
    from kg.model import Paper

    papers = (Paper(id=str(d.get("id")), title="", abstract=d.get("text", "")) for d in gold_docs)
    return {ex.paper_id: ex.to_extract_json()["entities"] for ex in extract_papers(papers)}


def evaluate(gold_path: str | Path, pred_path: str | Path | None = None, show_errors: int = 20) -> dict[str, Any]:
    """Score ``pred_path`` (or kg's own extraction of the gold texts) against ``gold_path``.

    Parameters
    ----------
    gold_path : path
        Gold JSONL (see the module docstring).
    pred_path : path, optional
        ``kg extract`` output for the same ids; when omitted kg extracts the
        gold ``text`` fields itself.
    show_errors : int
        Most frequent false positives / negatives to keep.

    Returns
    -------
    dict
        See :func:`score`; also ``"gold"`` and ``"pred"`` (paths).

    Raises
    ------
    InputError
        Unreadable files, or gold lines without ``text``/``entities``.
    """
    gold = load_jsonl(gold_path)
    for i, d in enumerate(gold, 1):
        if "text" not in d or not isinstance(d.get("entities", []), list):
            raise InputError('gold line needs "text" and "entities"', path=str(gold_path), line=i)
    if pred_path is not None:
        preds = {str(d.get("id")): d.get("entities", []) for d in load_jsonl(pred_path)}
    else:
        preds = _predict(gold)
    result = score(gold, preds, show_errors=show_errors)
    result["gold"] = str(gold_path)
    result["pred"] = str(pred_path) if pred_path is not None else "kg (extracted now)"
    return result


def format_report(result: dict[str, Any]) -> str:
    """A readable table of a :func:`evaluate` result, with the frequent errors."""
    lines = [f"gold: {result.get('gold', '?')}   pred: {result.get('pred', '?')}   docs: {result['docs']}", ""]
    header = f"{'class':<8} {'mode':<8} {'P':>6} {'R':>6} {'F1':>6} {'TP':>6} {'FP':>6} {'FN':>6}"
    lines.append(header)
    lines.append("-" * len(header))
    for c in [*result["classes"], "micro"]:
        for mode in ("strict", "partial"):
            v = result[mode]["micro"] if c == "micro" else result[mode]["per_class"][c]
            lines.append(
                f"{c:<8} {mode:<8} {v['precision']:>6.3f} {v['recall']:>6.3f} {v['f1']:>6.3f} "
                f"{v['tp']:>6} {v['fp']:>6} {v['fn']:>6}"
            )
    for key, title in (("false_positives", "most frequent false positives (partial)"),
                       ("false_negatives", "most frequent false negatives (partial)")):
        if result.get(key):
            lines.append("")
            lines.append(title + ":")
            lines.extend(f"  {n:>4}  {c:<7} {t}" for t, c, n in result[key])
    return "\n".join(lines)
