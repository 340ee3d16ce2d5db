"""``norm_key`` and ``canonical_label`` against their plain versions (before the fast paths).

The fast paths (ASCII skips NFKC, anchored ``match`` instead of ``sub``, regexes only when a
character they need is there, plain-letter words not re-scanned) must give the same strings.
Texts: every 1-3 word window of the seed listing page's abstracts
(seeds/000_1e20c9cb9df3eab3.txt, a public arXiv listing) and hand-written edge cases.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from kg.extract import normalize as N

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_1e20c9cb9df3eab3.txt"

EDGE = ["", " ", "the", "the LLMs", "Llama's", "X 's", "a\tb dataset", "GPT‐4o", "ＧＰＴ-4", "’s", "x'S",
        "CoNLL 2012 English test set", "the task", "NER task", "Our proposed new LoRA adapters",
        "MS-COCO 2017", "pre-training", "C++", "GPT-4o's", "İstanbul corpus", "YOLOv8", "Llama3-8b-instruct",
        "VITS", "the VITS model", "UI-TARS", "ViTs", "LPIPS", "ICL CIPHERS", "multi-VITS", "GANS"]


# -- the plain versions (kg/extract/normalize.py before the fast paths) ------------------------
def _ascii(text):
    text = unicodedata.normalize("NFKC", text)
    return text.replace("‐", "-").replace("‑", "-").replace("–", "-").replace("—", "-")


def _plain_tokens(text):
    text = N._without_accents(_ascii(text)).strip()
    text = N._POSSESSIVE.sub("", text)
    text = N._LEADING.sub("", text)
    raw = [t for t in re.split(r"[\s\-_/:,;()\[\]{}'\"’`]+", text) if t]
    if raw:
        last = raw[-1]
        if len(last) >= 3 and last.endswith("s") and last[-2].isupper():
            raw[-1] = last[:-1]
    joined = []
    for t in raw:
        if joined and t.isalpha() and t.isupper() and len(t) >= 2 and joined[-1].isalpha() and joined[-1].isupper() \
                and len(joined[-1]) >= 2:
            joined[-1] += t
        else:
            joined.append(t)
    out = []
    for t in joined:
        t = t.lower().replace("+", "plus").replace("^", "")
        t = re.sub(r"[^0-9a-z.]", "", t).strip(".")
        if not t:
            continue
        parts = [p for p in N._SPLIT_LD.split(t) if p]
        for i in range(len(parts) - 1):
            if len(parts[i]) > 2 and parts[i].endswith("v") and parts[i + 1][:1].isdigit():
                parts[i], parts[i + 1] = parts[i][:-1], "v" + parts[i + 1]
        out.extend(parts)
    merged = []
    for t in out:
        if merged and (merged[-1] in N.JOIN_PREFIXES or t in N._JOIN_BEFORE.get(merged[-1], ())):
            merged[-1] += t
        else:
            merged.append(t)
    final = []
    for t in merged:
        if final and t in ("b", "m", "k", "t") and final[-1].replace(".", "").isdigit():
            final[-1] += t
        elif final and final[-1] == "v" and t.replace(".", "").isdigit():
            final[-1] += t
        else:
            final.append(t)
    if final and final[-1].isalpha() and not (joined and N.caps_name(joined[-1])):
        final[-1] = N.singular(final[-1])  # (VITS is a name, not the plural of ViT)
    while len(final) > 1 and final[-1] in N._ID_DROP_HEADS:
        final.pop()
    if len(final) > 2 and final[-2:] in (["test", "set"], ["dev", "set"], ["training", "set"], ["data", "set"]):
        del final[-2:]
    return final


def _plain_norm_key(text):
    toks = _plain_tokens(text)
    if not toks:
        return re.sub(r"\W+", "-", _ascii(text).lower()).strip("-") or "x"
    return "-".join(toks)


def _plain_canonical_label(text):
    t = _ascii(text).strip()
    t = N._LEADING.sub("", t)
    t = N._POSSESSIVE.sub("", t)
    t = re.sub(r"\s+", " ", t)
    t = N._LABEL_DROP_HEAD.sub("", t) or t
    m = re.match(r"^(.*?)([A-Za-z]+)$", t)
    if m:
        head = m.group(2)
        if len(head) >= 3 and head.endswith("s") and head[-2].isupper():
            t = m.group(1) + head[:-1]
        elif head.islower() and len(head) > 3:
            t = m.group(1) + N.singular(head)
    return t or text


def _surfaces():
    words = SEED.read_text(encoding="utf-8").split(" ")
    out = set(EDGE)
    for i in range(len(words)):
        for k in (1, 2, 3):
            out.add(" ".join(words[i:i + k]))
    return sorted(out)


def test_norm_key_and_label_equal_plain_versions():
    surfaces = _surfaces()
    assert len(surfaces) > 3000
    for s in surfaces:
        assert N.norm_key(s) == _plain_norm_key(s), s
        assert N.canonical_label(s) == _plain_canonical_label(s), s


def test_plain_word_names_equal_plain_tokens():
    """Names of plain words (``_plain_word_tokens``): random words joined by spaces and hyphens."""
    import random

    words = ["the", "The", "a", "our", "novel", "We", "THE", "LLM", "LLMs", "ViTs", "VITS", "MCTS", "MS", "COCO", "pre", "post",
             "multi", "fine", "tuning", "training", "test", "dev", "set", "data", "task", "problem", "corpus",
             "corpora", "dataset", "benchmark", "networks", "analysis", "As", "x", "X", "s", "SS", "v", "b"]
    rng = random.Random(4)
    for _ in range(50000):
        s = "".join(rng.choice(words) + rng.choice([" ", "-"]) for _ in range(rng.randint(1, 5))).rstrip(" -")
        assert N._PLAIN_WORDS.fullmatch(s)
        assert N._tokens(s) == _plain_tokens(s), s
