"""Mention edges: a name is its letters, not the hyphen or full stop next to them.

The tokenizer leaves a few marks on the edge of a name, and each shows up as an alias
in the graph ("ViT-", "-RAG", "ROUGE-L." among the aliases of well-known entities):

* a suspended hyphen: "NeRF- and 3DGS-based methods" makes "NeRF-" (a short form a paper
  defines keeps it: "LoRA Subtraction (LoRA-)" names a method);
* a sentence's full stop after a hyphenated name: "on ROUGE-L. The ..." makes "ROUGE-L.";
* a name glued to the word before it: "Benchmark(V2P-Bench)" is one token up to the
  hyphen, so the matchers see only "-Bench", which the lexicon then reads as τ-Bench.

:func:`mend_edges` drops the first two marks (the entity id, made from the name's
letters, does not change) and gives the third its whole name back, with the id and
label of that name.
"""

from __future__ import annotations

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
