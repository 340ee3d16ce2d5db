"""Mention edges: a name is its letters, not the hyphen or full stop next to them.

The tokenizer leaves a few marks on the edge of a name, and each shows up as an alias
in the graph ("ViT-", "-RAG", "ROUGE-L." among the aliases of well-known entities):

* a suspended hyphen: "NeRF- and 3DGS-based methods" makes "NeRF-" (a short form a paper
  defines keeps it: "LoRA Subtraction (LoRA-)" names a method);
* a sentence's full stop after a hyphenated name: "on ROUGE-L. The ..." makes "ROUGE-L.";
* a name glued to the word before it: "Benchmark(V2P-Bench)" is one token up to the
  hyphen, so the matchers see only "-Bench", which the lexicon then reads as τ-Bench;
* a version after a name: "OpenFace 3.0", "BitNet v2", "ScanNet V2", "Claude 3.7" lost
  their version, which no matcher reads as part of a name.

:func:`mend_edges` drops the first two marks (the entity id, made from the name's
letters, does not change) and gives the third its whole name back, with the id and
label of that name; a version joins the mention before it, whose entity it keeps
(:func:`_version_end`).
"""

from __future__ import annotations

import re

from kg.extract.normalize import id_and_label

__all__ = ["mend_edges"]

#: characters a glued name is made of, read backwards from its hyphen
_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")


def mend_edges(text: str, final: list[tuple], aliases: dict[str, str] | None = None) -> list[tuple]:
    """``final`` mentions ``(start, end, type, entity id, source, label)`` with their edges mended.

    >>> text = "Unlike NeRF- and 3DGS-based methods, on ROUGE-L. See Benchmark(V2P-Bench)."
    >>> final = [(7, 12, "Method", "nerf", "shape", "NeRF"), (40, 48, "Metric", "rouge-l", "metric", "ROUGE-L"),
    ...          (66, 72, "Benchmark", "tau-bench", "shape", "τ-Bench")]
    >>> [(text[m[0]:m[1]], m[3]) for m in mend_edges(text, final)]
    [('NeRF', 'nerf'), ('ROUGE-L', 'rouge-l'), ('V2P-Bench', 'v-2p-bench')]
    """
    final = _with_versions(text, final)
    if not any(text[m[0]] == "-" or text[m[1] - 1] in "-." for m in final):
        return final  # (the usual case: one test per mention)
    out = []
    previous_end = 0
    for m in final:
        s, e = m[0], m[1]
        if e - s > 1 and text[e - 1] == "-" and text[e - 2].isalnum() and not m[4].startswith("abbrev"):
            m = (s, e - 1) + m[2:]
        elif (e - s > 1 and text[e - 1] == "." and text[e - 2].isalnum() and text.count(".", s, e) == 1
              and (e == len(text) or text[e].isspace())):
            m = (s, e - 1) + m[2:]
        elif text[s] == "-" and e - s > 1:
            m = _glued(text, m, previous_end, aliases)
            if m is None:
                continue
        out.append(m)
        previous_end = m[1]
    return out


def _glued(text: str, m: tuple, previous_end: int, aliases: dict[str, str] | None) -> tuple | None:
    """Mention ``m``, which starts at a hyphen, extended back to the start of the name it ends:
    "(V2P-Bench)" for "-Bench"; without the hyphen when no name is glued there ("a - b");
    None when the name reaches into the mention before it (that mention names it)."""
    s = m[0]
    while s > 0 and text[s - 1] in _NAME_CHARS:
        s -= 1
    while s < m[0] and not text[s].isalnum():
        s += 1
    if s < previous_end:
        return None
    if s == m[0]:
        return (s + 1,) + m[1:]
    eid, label = id_and_label(text[s:m[1]], m[2], aliases=aliases)
    return (s, m[1], m[2], eid, m[4], label)


#: a version after a name and a space: "v2", "V1.3", "v0.1", or a number with one decimal and a
#: single-digit major ("3.0", "2.5"), with the rest of a hyphenated name ("Qwen 1.5-MoE", "1.5-7B",
#: not "2.0-based") and a "++"; not a value ("0.79 to 0.74", "71.6", "4.7%", "3.2 vs"), not
#: the start of a longer number or a size ("3.5B")
_VERSION = re.compile(
    r" (?:[Vv]\d{1,2}(?:\.\d{1,2}){0,2}|[1-9]\.\d)(?:-(?=[\w.]*[A-Z0-9])[A-Za-z0-9]+(?:\.\d+)?)*\+*"
    r"(?![\w%]|[.,]\d|\s*(?:to|vs)\b|\s*[→±%])")
_VERSIONED_TYPES = frozenset({"Method", "Model", "Dataset", "Benchmark"})
_VERSION_FIRST = frozenset("vV123456789")
#: a release's variant word after a model's name: "Claude Sonnet", "Llama 3 70B Instruct", "Gemini
#: 2.0 Flash Thinking", "Deepseek Reasoner", "Phi 4 Mini" (the shape patterns join these only to a
#: name with a digit written as one word, "GPT-4o mini"); not before a hyphen ("Pro-level")
_VARIANT_WORDS = ("instruct", "chat", "sonnet", "opus", "haiku", "pro", "flash", "thinking", "reasoner", "max",
                  "mini", "turbo", "preview", "lite", "plus", "nano", "ultra")
_VARIANT = re.compile(r" (?:" + "|".join(w.capitalize() for w in _VARIANT_WORDS) + r"|mini)(?![\w\-])")
_VARIANT_FIRST = frozenset(w[0].upper() for w in _VARIANT_WORDS) | {"m"}
#: a release's variant or size hyphenated to a model's name: "o3-mini-high", "Llama 3.1-8B",
#: "Llama 3.2-3B-Instruct", "Gemini 2.0 Flash-Thinking", "Qwen-Max", "ELECTRA-small" (the lexicon
#: knows the name before it); not "GPT-4o-level", "SAM-based"
_HYPHEN_VARIANT = re.compile(
    r"-(?:(?i:" + "|".join(_VARIANT_WORDS + ("base", "large", "small", "tiny", "medium", "high", "low"))
    + r")|\d{1,3}(?:\.\d)?[BM])(?!\w)")


def _with_versions(text: str, final: list[tuple]) -> list[tuple]:
    """``final`` with each name's version joined to it ("OpenFace 3.0", "ScanNet V2",
    "Qwen 1.5"): the version is part of the name a paper writes, and the matchers stop before
    it. The entity stays the name's (a version of a system is that system, and the versionless
    mentions in the same abstract merge with it); a mention inside the version goes.

    >>> text = "OpenFace 3.0 beats ScanNet V2 baselines; MCD 8.5 to 7.9 and fine-tuning 4.7% weights."
    >>> final = [(0, 8, "Method", "openface", "shape", "OpenFace"), (19, 26, "Dataset", "scannet", "lexicon", "ScanNet"),
    ...          (41, 44, "Method", "mcd", "shape", "MCD"), (60, 71, "Method", "fine-tuning", "lexicon", "fine-tuning")]
    >>> [text[m[0]:m[1]] for m in _with_versions(text, final)]
    ['OpenFace 3.0', 'ScanNet V2', 'MCD', 'fine-tuning']
    >>> text = "Claude Sonnet 3.5 and Gemini 2.0 Flash Thinking"
    >>> final = [(0, 6, "Model", "claude", "lexicon", "Claude"), (22, 32, "Model", "gemini", "lexicon", "Gemini")]
    >>> [text[m[0]:m[1]] for m in _with_versions(text, final)]
    ['Claude Sonnet 3.5', 'Gemini 2.0 Flash Thinking']
    """
    out = None
    n = len(text)
    for i, m in enumerate(final):
        e = m[1]
        if e + 2 >= n:
            continue
        if text[e] == "-":
            if m[2] != "Model":
                continue  # (the usual case of a hyphen: "SAM-based", "VLM-generated")
            v = _hyphen_variant_end(text, e)
        elif text[e] != " " or (text[e + 1] not in _VERSION_FIRST and (
                m[2] != "Model" or text[e + 1] not in _VARIANT_FIRST)):
            continue  # (the usual case: two or three character tests per mention)
        else:
            v = _version_end(text, m)
        if v is None:
            continue
        inside = [j for j in range(i + 1, min(i + 4, len(final))) if final[j][0] < v]
        if any(final[j][1] > v for j in inside):
            continue  # a mention runs on past the version: leave both
        if out is None:
            out = list(final)
        out[i] = (m[0], v) + m[2:]
        for j in inside:
            out[j] = None  # "Qwen 1.5-MoE": "MoE" is part of the name
    return final if out is None else [m for m in out if m is not None]


def _version_end(text: str, m: tuple) -> int | None:
    """Where the version after mention ``m`` ends, or None: the mention names a method, model
    or data set, with a capital letter (no version follows "fine-tuning")."""
    if m[2] not in _VERSIONED_TYPES or text[m[0]:m[1]].islower():
        return None
    end = m[1]
    while True:  # "Gemini 2.0 Flash Thinking", "Claude Sonnet 3.5": versions and variant words in turn
        v = _VERSION.match(text, end) or (_VARIANT.match(text, end) if m[2] == "Model" else None)
        if v is None:
            return end if end > m[1] else None
        end = v.end()


def _hyphen_variant_end(text: str, end: int) -> int | None:
    """Where the variant words and sizes hyphenated to a model's name at ``end`` end, or None.

    >>> t = "o3-mini-high and Llama 3.2-3B-Instruct, not GPT-4o-level"
    >>> _hyphen_variant_end(t, 7), _hyphen_variant_end(t, 26), _hyphen_variant_end(t, 50)
    (12, 38, None)
    """
    v = end
    while True:  # "Llama 3.2-3B-Instruct": a size, then a variant
        m = _HYPHEN_VARIANT.match(text, v)
        if m is None:
            return v if v > end else None
        v = m.end()
