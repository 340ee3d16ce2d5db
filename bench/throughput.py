"""Extractor throughput vs the spaCy tokenizer alone, in one run on the same texts.

Usage: python bench/throughput.py CORPUS.jsonl.gz [--skip 20000] [--n 5000]

Texts are taken after ``--skip`` records so the pipeline's tokenizer cache has not seen
them; times are CPU seconds of this process (robust to other load on the machine).
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--skip", type=int, default=20000)
    ap.add_argument("--n", type=int, default=5000)
    args = ap.parse_args()
    opener = gzip.open if args.corpus.endswith(".gz") else open
    with opener(args.corpus, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in itertools.islice(f, args.skip, args.skip + args.n)]
    papers = [Paper(id=r["id"], title=r.get("title", ""), abstract=r.get("abstract", "")) for r in rows]
    texts = [p.text for p in papers]
    tokenizer = spacy.blank("en")
    t = time.process_time()
    list(tokenizer.pipe(texts, batch_size=256))
    tok = time.process_time() - t
    nlp = build_nlp()
    list(extract_papers(papers[:50], nlp=nlp))  # build the lexicon automaton first
    t = time.process_time()
    list(extract_papers(papers, nlp=nlp))
    ext = time.process_time() - t
    print(f"tokenizer {len(texts) / tok:.0f}/s  extract {len(texts) / ext:.0f}/s  ratio {tok / ext:.3f}")


if __name__ == "__main__":
    main()
