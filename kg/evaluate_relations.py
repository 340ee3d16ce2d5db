"""Score kg's typed relations against gold relation annotations (SciER, SciERC).

Gold files are JSON lines ``{"id", "text", "entities": [{start, end, text, type}],
"relations": [{head, tail, type}]}`` with ``head``/``tail`` indexing ``entities``.
Gold relation types are mapped to kg predicates by :data:`GOLD_MAP` (documented
in ``docs/relations.md``); unmapped gold types are counted but not scored, and kg
predicates without a gold counterpart (``proposes``, ``basedOn``) are not scored.

Two modes:

``gold-entities``
    A :class:`~kg.model.DocExtraction` is built from the gold entities (types
    folded to kg types, Generic/OtherScientificTerm dropped) and kg's sentence
    splitting, and :func:`kg.extract.relations.extract_relations` runs on it.
    This isolates relation quality from entity quality.
``end-to-end``
    kg's own extractor (``kg.extract.extract_text``, or any ``extract(text) ->
    DocExtraction``) finds the mentions and relations.

A predicted relation is correct when its head and tail spans *overlap* the gold
head and tail spans (in kg's direction; both orders for comparisons) and its
predicate maps to the gold type. Each gold relation is matched once; a further
prediction overlapping an already-matched gold relation is a duplicate and is
neither a true nor a false positive.
"""

from __future__ import annotations

import json
import re
import sys
from bisect import bisect_right
from collections import Counter
from pathlib import Path
from typing import Callable, Iterable

from kg.model import DocExtraction, Mention

__all__ = [
    "GOLD_MAP",
    "UNMAPPED",
    "ENTITY_FOLD",
    "evaluate_relations",
    "gold_entity_docs",
    "split_sentences",
    "format_report",
    "main",
]

#: gold relation type -> (kg predicates, direction of the gold pair relative to kg's head -> tail)
GOLD_MAP: dict[str, tuple[tuple[str, ...], str]] = {
    # SciER (Zhang et al., 2024)
    "Used-For": (("usedFor",), "same"),  # Method -> Task
    "Evaluated-With": (("evaluatedOn",), "same"),  # Method -> Dataset
    "Trained-With": (("trainedOn",), "same"),  # Method -> Dataset
    "Compare-With": (("comparedWith", "outperforms"), "undirected"),  # Method <-> Method
    "Benchmark-For": (("benchmarkFor",), "same"),  # Dataset -> Task
    # SciERC (Luan et al., 2018)
    "USED-FOR": (("usedFor", "benchmarkFor"), "same"),  # X used for Y (a Material used for a Task: benchmarkFor)
    "EVALUATE-FOR": (("evaluatedOn",), "reversed"),  # Material/Metric evaluates Method
    "COMPARE": (("comparedWith", "outperforms"), "undirected"),
}

#: gold types kg does not produce, with the reason
UNMAPPED: dict[str, str] = {
    "Part-Of": "component structure: not a kg predicate",
    "SubClass-Of": "taxonomy: not a kg predicate (kg's `broader` comes from name families)",
    "Synonym-Of": "aliases are merged into one entity by normalisation, not related",
    "SubTask-Of": "task taxonomy: not a kg predicate",
    "PART-OF": "component structure: not a kg predicate",
    "HYPONYM-OF": "taxonomy: not a kg predicate",
    "CONJUNCTION": "coordination: not a relation in kg",
    "FEATURE-OF": "attribute: not a kg predicate",
}

#: gold entity type -> kg type for gold-entities mode (absent: dropped)
ENTITY_FOLD = {
    "method": "Method",
    "model": "Model",
    "dataset": "Dataset",
    "material": "Dataset",
    "benchmark": "Benchmark",
    "task": "Task",
    "metric": "Metric",
}

#: folded type classes for the "producible" count (kg's predicate signatures)
_CLASS = {"Method": "M", "Model": "M", "Dataset": "D", "Benchmark": "D", "Task": "T", "Metric": "X"}
_SIGNATURE = {"usedFor": ("M", "T"), "evaluatedOn": ("M", "D"), "trainedOn": ("M", "D"),
              "comparedWith": ("M", "M"), "outperforms": ("M", "M"), "benchmarkFor": ("D", "T")}

_ABBREV = re.compile(
    r"(?:\b(?:e\.g|i\.e|et al|al|fig|figs|eq|eqs|vs|cf|no|sec|tab|approx|resp|ref|refs|Dr|Mr|Ms|St)\.|\b[A-Z]\.)$",
    re.IGNORECASE,
)
_SPLIT_AT = re.compile(r"[.!?][\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``: one per line, lines split after ". " before a capital.

    Examples
    --------
    >>> t = "A title\\n\\nWe use e.g. BERT. It works well."
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['A title', 'We use e.g. BERT.', 'It works well.']
    """
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        while start < line.end() and text[start].isspace():
            start += 1
        for cut in _SPLIT_AT.finditer(text, start, line.end()):
            end = cut.start() + 1
            while end < cut.end() and not text[end].isspace():
                end += 1
            if _ABBREV.search(text[max(start, end - 8):end]):
                continue
            if end > start:
                spans.append((start, end))
            start = cut.end()
        end = line.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def _read_gold(path: str | Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if line:
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from None
    return rows


def _sentence_of(starts: list[int], offset: int) -> int:
    return max(0, bisect_right(starts, offset) - 1)


def gold_entity_docs(rows: Iterable[dict]) -> list[DocExtraction]:
    """DocExtractions whose mentions are the gold entities (types folded, others dropped).

    Examples
    --------
    >>> row = {"id": "d", "text": "CNNs for parsing.", "entities": [
    ...     {"start": 0, "end": 4, "text": "CNNs", "type": "Method"},
    ...     {"start": 9, "end": 16, "text": "parsing", "type": "Task"},
    ...     {"start": 0, "end": 4, "text": "CNNs", "type": "Generic"}], "relations": []}
    >>> [(m.text, m.type) for m in gold_entity_docs([row])[0].mentions]
    [('CNNs', 'Method'), ('parsing', 'Task')]
    """
    docs = []
    for row in rows:
        text = row["text"]
        sents = split_sentences(text)
        starts = [a for a, _ in sents]
        mentions = []
        for e in row.get("entities", []):
            etype = ENTITY_FOLD.get(str(e.get("type", "")).lower())
            if etype is None:
                continue
            surface = text[e["start"]:e["end"]]
            mentions.append(Mention(e["start"], e["end"], surface, etype, f"{etype}:{surface.lower()}",
                                    surface, _sentence_of(starts, e["start"]), "gold"))
        mentions.sort(key=lambda m: (m.start, -m.end))
        docs.append(DocExtraction(str(row.get("id", len(docs))), text, sents, mentions))
    return docs


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _default_extractor() -> Callable[[str], DocExtraction]:
    try:
        from kg.extract import extract_text
    except ImportError as exc:  # the entity extractor is not installed yet
        raise RuntimeError("end-to-end mode needs kg.extract.extract_text") from exc
    return extract_text


def evaluate_relations(
    gold_path: str | Path,
    docs: list[DocExtraction] | None = None,
    extract: Callable[[str], DocExtraction] | None = None,
    *,
    mode: str | None = None,
) -> dict:
    """Score relations against a gold JSONL file.

    Parameters
    ----------
    gold_path
        SciER- or SciERC-style gold file (see the module docstring).
    docs
        Extractions to score, one per gold line in file order (their texts must
        be the gold texts). When given, ``extract`` and ``mode`` are ignored.
    extract
        ``extract(text) -> DocExtraction`` for end-to-end mode; its
        ``relations`` are scored (recomputed by :func:`extract_relations` when
        empty).
    mode
        ``"gold-entities"`` (default when neither ``docs`` nor ``extract`` is
        given) or ``"end-to-end"`` (default extractor: ``kg.extract.extract_text``).

    Returns
    -------
    dict
        ``corpus``, ``mode``, ``documents``; ``types``: per mapped gold type
        ``{kg, direction, gold, producible, predicted, tp, fp, fn, precision,
        recall, f1}``; ``micro`` (same P/R/F1 keys over mapped types);
        ``unmapped`` (gold type -> count); ``duplicates``; ``unscored``
        (kg predicate -> count of predictions with no gold counterpart).
    """
    from kg.extract.relations import extract_relations

    rows = _read_gold(gold_path)
    if docs is not None:
        if len(docs) != len(rows):
            raise ValueError(f"{len(docs)} extractions for {len(rows)} gold documents")
        mode = "given"
    elif extract is not None or mode == "end-to-end":
        extract = extract or _default_extractor()
        docs = [extract(row["text"]) for row in rows]
        mode = "end-to-end"
    else:
        docs = gold_entity_docs(rows)
        mode = "gold-entities"

    present = Counter(r["type"] for row in rows for r in row.get("relations", []))
    corpus_types = [t for t in GOLD_MAP if t in present] or [
        t for t in GOLD_MAP if (t.isupper() == any(k.isupper() for k in present))]
    counts = {t: Counter() for t in corpus_types}
    unmapped: Counter[str] = Counter()
    unscored: Counter[str] = Counter()
    duplicates = 0
    pred_to_type = {}
    for t in corpus_types:
        for p in GOLD_MAP[t][0]:
            pred_to_type.setdefault(p, t)

    for row, doc in zip(rows, docs):
        ents = row.get("entities", [])
        gold = []  # (type, head span, tail span) in kg's orientation
        for r in row.get("relations", []):
            gtype = r["type"]
            if gtype not in GOLD_MAP or gtype not in counts:
                unmapped[gtype] += 1
                continue
            h, t = ents[r["head"]], ents[r["tail"]]
            if GOLD_MAP[gtype][1] == "reversed":
                h, t = t, h
            hs, ts = (h["start"], h["end"]), (t["start"], t["end"])
            gold.append((gtype, hs, ts))
            counts[gtype]["gold"] += 1
            hc = _CLASS.get(ENTITY_FOLD.get(h["type"].lower(), ""), "")
            tc = _CLASS.get(ENTITY_FOLD.get(t["type"].lower(), ""), "")
            sigs = {_SIGNATURE[p] for p in GOLD_MAP[gtype][0]}
            if (hc, tc) in sigs or (GOLD_MAP[gtype][1] == "undirected" and (tc, hc) in sigs):
                counts[gtype]["producible"] += 1
        relations = doc.relations if doc.relations else extract_relations(doc)[0]
        preds = {}
        for rel in relations:
            gtype = pred_to_type.get(rel.predicate)
            if gtype is None or rel.head is None:
                unscored[rel.predicate] += 1
                continue
            h, t = doc.mentions[rel.head], doc.mentions[rel.tail]
            hs, ts = (h.start, h.end), (t.start, t.end)
            key = (gtype, *sorted((hs, ts))) if GOLD_MAP[gtype][1] == "undirected" else (gtype, hs, ts)
            preds[key] = max(preds.get(key, 0.0), rel.confidence)
        matched = [False] * len(gold)
        for key, _ in sorted(preds.items(), key=lambda kv: -kv[1]):
            gtype, hs, ts = key
            undirected = GOLD_MAP[gtype][1] == "undirected"
            counts[gtype]["predicted"] += 1
            hit = dup = False
            for g, (gt, ghs, gts) in enumerate(gold):
                if gt != gtype:
                    continue
                ok = (_overlap(hs, ghs) and _overlap(ts, gts)) or (
                    undirected and _overlap(hs, gts) and _overlap(ts, ghs))
                if not ok:
                    continue
                if not matched[g]:
                    matched[g] = hit = True
                    break
                dup = True
            if hit:
                counts[gtype]["tp"] += 1
            elif dup:
                duplicates += 1
                counts[gtype]["predicted"] -= 1
            else:
                counts[gtype]["fp"] += 1
        for g, (gt, _, _) in enumerate(gold):
            if not matched[g]:
                counts[gt]["fn"] += 1

    types = {}
    total = Counter()
    for t in corpus_types:
        c = counts[t]
        types[t] = {"kg": "/".join(GOLD_MAP[t][0]), "direction": GOLD_MAP[t][1], "gold": c["gold"],
                    "producible": c["producible"], "predicted": c["predicted"],
                    **_prf(c["tp"], c["fp"], c["fn"])}
        total.update(c)
    corpus = "scierc" if any(t.isupper() for t in corpus_types) else "scier"
    return {
        "corpus": corpus,
        "gold_path": str(gold_path),
        "mode": mode,
        "documents": len(rows),
        "types": types,
        "micro": {"gold": total["gold"], "producible": total["producible"], "predicted": total["predicted"],
                  **_prf(total["tp"], total["fp"], total["fn"])},
        "unmapped": dict(sorted(unmapped.items())),
        "duplicates": duplicates,
        "unscored": dict(sorted(unscored.items())),
    }


def format_report(scores: dict | list[dict]) -> str:
    """A plain-text table of one or more :func:`evaluate_relations` results.

    Examples
    --------
    >>> s = {"corpus": "scier", "mode": "gold-entities", "documents": 1,
    ...      "types": {"Used-For": {"kg": "usedFor", "direction": "same", "gold": 2, "producible": 2,
    ...               "predicted": 1, "tp": 1, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.5,
    ...               "f1": 0.6667}},
    ...      "micro": {"gold": 2, "producible": 2, "predicted": 1, "tp": 1, "fp": 0, "fn": 1,
    ...                "precision": 1.0, "recall": 0.5, "f1": 0.6667},
    ...      "unmapped": {"Part-Of": 3}, "duplicates": 0, "unscored": {}}
    >>> print(format_report(s))  # doctest: +NORMALIZE_WHITESPACE
    relations: scier, gold-entities mode, 1 documents
    gold type     kg        gold  prod  pred    tp    fp    fn      P      R     F1
    Used-For      usedFor      2     2     1     1     0     1  1.000  0.500  0.667
    micro                      2     2     1     1     0     1  1.000  0.500  0.667
    unmapped gold types (not scored): Part-Of 3
    """
    if isinstance(scores, dict):
        scores = [scores]
    lines = []
    head = f"{'gold type':<15} {'kg':<24} {'gold':>5} {'prod':>5} {'pred':>5} {'tp':>5} {'fp':>5} {'fn':>5} " \
           f"{'P':>6} {'R':>6} {'F1':>6}"
    for sc in scores:
        if lines:
            lines.append("")
        lines.append(f"relations: {sc['corpus']}, {sc['mode']} mode, {sc['documents']} documents")
        width = max([len(v["kg"]) for v in sc["types"].values()] + [2])
        lines.append(head.replace(f"{'kg':<24}", f"{'kg':<{width}}"))
        rows = [(t, v["kg"], v) for t, v in sc["types"].items()] + [("micro", "", sc["micro"])]
        for name, kg, v in rows:
            lines.append(
                f"{name:<15} {kg:<{width}} {v['gold']:>5} {v['producible']:>5} {v['predicted']:>5} "
                f"{v['tp']:>5} {v['fp']:>5} {v['fn']:>5} {v['precision']:>6.3f} {v['recall']:>6.3f} {v['f1']:>6.3f}"
            )
        if sc.get("unmapped"):
            lines.append("unmapped gold types (not scored): "
                         + ", ".join(f"{k} {n}" for k, n in sc["unmapped"].items()))
        if sc.get("duplicates"):
            lines.append(f"duplicate predictions (ignored): {sc['duplicates']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``python -m kg.evaluate_relations GOLD.jsonl [...] [--end-to-end] [--json]``."""
    args = list(sys.argv[1:] if argv is None else argv)
    e2e = "--end-to-end" in args
    as_json = "--json" in args
    paths = [a for a in args if not a.startswith("--")]
    if not paths:
        print(main.__doc__, file=sys.stderr)
        return 2
    results = [evaluate_relations(p, mode="end-to-end" if e2e else "gold-entities") for p in paths]
    print(json.dumps(results, indent=2) if as_json else format_report(results))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
