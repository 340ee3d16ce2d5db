"""Names with an unbalanced bracket, cut back to the name.

spaCy's tokenizer keeps "ADD(-S)" and "O(NlogN)" together up to the closing bracket it
splits off, so the shape rules found "ADD(-S", "SANC(E3", "ASP(Q" and "O(NlogN" as
names, and at 75k papers such aliases were among the ~1,100 with an unbalanced bracket.
A mention whose text opens a bracket it does not close (or closes one it did not open)
is cut before that bracket; what is left must still look like a name (two characters
or more, a letter among them), else the mention is dropped.
"""

from __future__ import annotations

from bisect import bisect_right

from kg.extract.normalize import id_and_label

__all__ = ["cut_unbalanced"]

_OPEN, _CLOSE = "([{", ")]}"
_BRACKETS = _OPEN + _CLOSE


def _unbalanced_at(text: str) -> int | None:
    """Index of the first bracket in ``text`` left unbalanced, or None.

    >>> _unbalanced_at("ADD(-S"), _unbalanced_at("f(x)"), _unbalanced_at("LLM)-based")
    (3, None, 3)
    """
    stack: list[int] = []
    for i, c in enumerate(text):
        if c in _OPEN:
            stack.append(i)
        elif c in _CLOSE:
            if not stack:
                return i
            stack.pop()
    return stack[0] if stack else None


def cut_unbalanced(text: str, final: list[tuple], aliases: dict[str, str] | None = None) -> list[tuple]:
    """``final`` mentions ``(start, end, type, entity id, source, label)`` with names cut
    before an unbalanced bracket (see the module docstring).

    >>> text = "The ADD(-S) metric and O(NlogN) cost."
    >>> final = [(4, 10, "Metric", "add-s", "shape:acronym", "ADD(-S"), (23, 30, "Method", "o-nlogn", "shape:camel", "O(NlogN")]
    >>> cut_unbalanced(text, final)
    [(4, 7, 'Metric', 'add', 'shape:acronym', 'ADD')]
    """
    inside = _with_brackets(text, final)
    if not inside:
        return final
    out: list[tuple] = []
    for i, m in enumerate(final):
        if i not in inside:
            out.append(m)
            continue
        s = m[0]
        name = text[s:m[1]]
        cut = _unbalanced_at(name)
        if cut is None:
            out.append(m)
            continue
        kept = name[:cut].rstrip(" -_/:,;~")
        if len(kept) < 2 or not any(c.isalpha() for c in kept) or "\\" in kept:
            continue  # nothing named is left ("O", "\\textit")
        eid, label = id_and_label(kept, m[2], aliases=aliases)
        out.append((s, s + len(kept), m[2], eid, m[4], label))
    return out


def _with_brackets(text: str, final: list[tuple]) -> set[int]:
    """Indexes of the mentions whose text holds a bracket: the brackets are found with
    ``str.find`` (a scan at ``memchr`` speed; ``re`` testing a character class at every
    position of the text cost ~4 µs per abstract), then a binary search per bracket (an
    abstract has a few brackets and ~26 mentions). Which bracket is found first does not
    matter: the answer is a set."""
    found: set[int] = set()
    starts = None
    find = text.find
    for ch in _BRACKETS:
        p = find(ch)
        while p != -1:
            if starts is None:
                starts = [m[0] for m in final]
            i = bisect_right(starts, p) - 1
            if i >= 0 and p < final[i][1]:
                found.add(i)
            p = find(ch, p + 1)
    return found
