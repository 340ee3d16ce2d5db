"""CPU time of each stage of the extractor's fast path, per abstract, robust to a busy machine.

Usage: python bench/stage_times.py CORPUS.jsonl.gz [--skip 20000] [--n 2000] [--passes 7]
                                   [--stages resolve,phrases]

Runs every stage of :meth:`kg.extract.fast.FastPipeline.pipe` (and the post-passes of
``kg.extract._extraction``) once to capture each stage's input, then times each stage
alone over all ``--n`` texts, ``--passes`` times, and prints the fastest and the median
pass in µs per abstract. The memo caches (``functools.lru_cache``) of the extractor are
cleared before every pass, so names are first seen as in a run over unseen abstracts;
the ``tokens`` stage runs on a freshly built pipeline each pass (its tokenizer cache
and vocabulary start empty, as in ``bench/throughput.py``). The last line, ``pipe``, times
the whole :meth:`~kg.extract.fast.FastPipeline.pipe` as extraction runs it (every stage over
a round of texts before the next, a fresh pipeline): it is more than the sum of the stages
above, because each round starts with the tokenizer's and the lexicon's memory cold (the
stages timed alone run over all ``--n`` texts in a row), and it leaves out the post-passes. Timing one stage at a time,
and keeping the fastest of several passes, makes a change of 1-2 µs visible on a shared
machine where whole runs of ``bench/throughput.py`` vary by ±5%. Compare two versions of
the code by running this with ``PYTHONPATH`` pointing at each, alternately.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import itertools
import json
import statistics
import time


def _clear_memos() -> None:
    """Empty every ``lru_cache`` defined in ``kg.extract``'s modules."""
    import sys

    for name, mod in list(sys.modules.items()):
        if not name.startswith("kg.extract") or mod is None:
            continue
        for value in vars(mod).values():
            if hasattr(value, "cache_clear") and getattr(value, "__module__", "") == name:
                value.cache_clear()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--skip", type=int, default=20000)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--passes", type=int, default=7)
    ap.add_argument("--stages", help="comma-separated stage names (default: all)")
    ap.add_argument("--keep-memos", action="store_true",
                    help="do not clear the memo caches before each pass (what is left is the cost on seen names)")
    args = ap.parse_args()

    import kg.extract as kx
    from kg.extract import fast
    from kg.extract.markup import mask_markup
    from kg.extract.pipeline import build_nlp

    opener = gzip.open if args.corpus.endswith(".gz") else open
    with opener(args.corpus, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in itertools.islice(f, args.skip, args.skip + args.n)]
    texts = [mask_markup(r.get("title", "") + "\n\n" + r.get("abstract", "")) for r in rows]
    nlp = build_nlp()
    fp = fast.FastPipeline(nlp)
    aliases = fp.resolver.aliases

    # each stage's input, captured once (the same calls as FastPipeline._round)
    toks = [fp._tokens(t) for t in texts]
    words = [fast.scan_words(t) or (None, None) for t in texts]
    lexicon = [fp._lexicon_spans(tk) for tk in toks]
    patterns = [fast.align_chars(tk, fast.find_patterns(t, fast._title_end(t), trig))
                for t, tk, (trig, _) in zip(texts, toks, words)]
    phrases = [fast.align_chars(tk, fast.find_phrases(t, heads)) for t, tk, (_, heads) in zip(texts, toks, words)]
    abbrevs = [fast.abbreviation_spans(tk, find_uses=fp.find_uses) for tk in toks]
    spans = []
    for tk, lex, pats, phr, (abbr, pairs) in zip(toks, lexicon, patterns, phrases, abbrevs):
        by_key = {} if lex is None else {"kg_lexicon": lex}
        by_key.update(kg_patterns=pats, kg_phrases=phr, kg_abbrev=[(*tk.chars(s, e), t, r) for s, e, t, r in abbr])
        spans.append((by_key, pairs))
    taken = [fast.resolve_spans(tk, d, pairs, lexicon_aliases=aliases) for tk, (d, pairs) in zip(toks, spans)]
    finals = [fast.final_mention_chars(tk, tn) for tk, tn in zip(toks, taken)]

    def cold_tokens():
        fresh = fast.FastPipeline(build_nlp())  # (built outside the timed part below)
        start = time.process_time()
        for t in texts:
            fresh._tokens(t)
        return time.process_time() - start

    def whole_pipe():
        fresh = fast.FastPipeline(build_nlp())  # (fresh tokenizer cache, rounds of FastPipeline.ROUND)
        start = time.process_time()
        fresh.pipe(texts)
        return time.process_time() - start

    stages = {
        "tokens": cold_tokens,
        "lexicon": lambda: [fp._lexicon_spans(tk) for tk in toks],
        "scan": lambda: [fast.scan_words(t) for t in texts],
        "patterns": lambda: [fast.align_chars(tk, fast.find_patterns(t, fast._title_end(t), trig))
                             for t, tk, (trig, _) in zip(texts, toks, words)],
        "phrases": lambda: [fast.align_chars(tk, fast.find_phrases(t, heads))
                            for t, tk, (_, heads) in zip(texts, toks, words)],
        "abbrev": lambda: [fast.abbreviation_spans(tk, find_uses=fp.find_uses) for tk in toks],
        "resolve": lambda: [fast.resolve_spans(tk, d, pairs, lexicon_aliases=aliases)
                            for tk, (d, pairs) in zip(toks, spans)],
        "final": lambda: [(fp._sentence_chars(tk), fast.final_mention_chars(tk, tn)) for tk, tn in zip(toks, taken)],
        "post-passes": lambda: [kx._extraction("x", t, [(0, len(t))], fm, relations=False, aliases=aliases)
                                for t, fm in zip(texts, finals)],
        "pipe": whole_pipe,
    }
    chosen = args.stages.split(",") if args.stages else list(stages)
    times: dict[str, list[float]] = {name: [] for name in chosen}
    gc.collect()
    gc.freeze()  # (this process only: no collection of the captured inputs inside a timed pass)
    for _ in range(args.passes):
        for name in chosen:
            if not args.keep_memos:
                _clear_memos()
            gc.disable()
            start = time.process_time()
            got = stages[name]()
            took = got if isinstance(got, float) else time.process_time() - start
            gc.enable()
            times[name].append(took / len(texts) * 1e6)
    for name, per in times.items():
        print(f"{name:<12} fastest {min(per):7.1f} µs  median {statistics.median(per):7.1f} µs per abstract")


if __name__ == "__main__":
    main()
