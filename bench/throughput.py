"""Extractor throughput vs the spaCy tokenizer alone, in one run on the same texts.

Usage: python bench/throughput.py CORPUS.jsonl.gz [--skip 20000] [--n 5000]

Texts are taken after ``--skip`` records so the pipeline's tokenizer cache has not seen
them; times are CPU seconds of this process (robust to other load on the machine).
Two disjoint slices of ``--n`` texts measure ``kg extract`` (entities only) and the
extraction ``kg build`` runs (entities plus relations and results).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import time

import spacy

from kg.extract import extract_papers
from kg.extract.pipeline import build_nlp
from kg.model import Paper


def _measure(papers: list[Paper], nlp, relations: bool) -> tuple[float, float]:
    """(tokenizer-alone CPU s, extraction CPU s) over the same unseen texts."""
    texts = [p.text for p in papers]
    tokenizer = spacy.blank("en").tokenizer  # called directly: no Language.pipe overhead (the strict ceiling)
    t = time.process_time()
    for text in texts:
        tokenizer(text)
    tok = time.process_time() - t
    t = time.process_time()
    list(extract_papers(papers, nlp=nlp, relations=relations))
    return tok, time.process_time() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--skip", type=int, default=20000)  # >= 50: the 50 before it warm up
    ap.add_argument("--n", type=int, default=5000)
    args = ap.parse_args()
    opener = gzip.open if args.corpus.endswith(".gz") else open
    with opener(args.corpus, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in itertools.islice(f, args.skip - 50, args.skip + 2 * args.n)]
    papers = [Paper(id=r["id"], title=r.get("title", ""), abstract=r.get("abstract", "")) for r in rows]
    warm, papers = papers[:50], papers[50:]
    nlp = build_nlp()
    list(extract_papers(warm, nlp=nlp))  # build the lexicon automaton first
    # two disjoint slices, so neither run profits from caches filled by the other
    for name, part, relations in (("kg extract (entities)", papers[: args.n], False),
                                  ("kg build's extraction (+ relations)", papers[args.n:], True)):
        tok, ext = _measure(part, nlp, relations)
        print(f"{name:<36} tokenizer {len(part) / tok:.0f}/s  extract {len(part) / ext:.0f}/s  ratio {tok / ext:.3f}")


if __name__ == "__main__":
    main()
