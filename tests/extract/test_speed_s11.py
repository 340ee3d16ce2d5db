"""Eleventh session, speed: the resolver's shortcuts give what the longer ways gave.

Each test holds the replaced code as a reference and compares it with the new code on
invented inputs (no behaviour changes; the golden file stays byte-identical).
"""

from __future__ import annotations

import random
import re

from kg.extract.resolve import _THING_KIND, SOURCE_PRIORITY, _by_edges, _Cand, _things_named

#: every source, and one no rank is given for
_SOURCES = [*SOURCE_PRIORITY, "unranked"]


def _by_edges_reference(named):
    """_by_edges before the eleventh session: the first best-ranked name per edge, by a loop."""
    by_end, by_start = {}, {}
    rank = SOURCE_PRIORITY.get
    for c in named:
        r = rank(c.source, 0)
        o = by_end.get(c.end)
        if o is None or r > rank(o.source, 0):
            by_end[c.end] = c
        o = by_start.get(c.start)
        if o is None or r > rank(o.source, 0):
            by_start[c.start] = c
    return by_end, by_start


def test_by_edges_keeps_the_first_best_ranked_name_per_edge():
    rng = random.Random(11)
    for _ in range(500):
        named = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 20)
            named.append(_Cand(start, start + rng.randint(1, 6), "Method", rng.choice(_SOURCES), "r"))
        got_end, got_start = _by_edges(named)
        want_end, want_start = _by_edges_reference(named)
        assert {k: id(v) for k, v in got_end.items()} == {k: id(v) for k, v in want_end.items()}
        assert {k: id(v) for k, v in got_start.items()} == {k: id(v) for k, v in want_start.items()}


def test_by_edges_prefers_the_lexicon_over_a_shape_rule_on_the_same_name():
    shape, lexicon = _Cand(4, 11, "Method", "shape", "camel"), _Cand(4, 11, "Benchmark", "lexicon", "lexicon")
    by_end, by_start = _by_edges([shape, lexicon])
    assert by_end[11] is lexicon and by_start[4] is lexicon


#: the whole-text search that gated _things_named before the eleventh session
_ANY_THING_KIND = re.compile(r"(?<![\w\-])" + _THING_KIND)


def _things_named_reference(text, named):
    return _things_named(text, named) if _ANY_THING_KIND.search(text) else set()


def test_things_named_finds_nothing_without_a_kind_word():
    # (so the search that gated it, ~30 µs per abstract, could go)
    texts = [
        "We run FooNet on an RTX5090 GPU and compare it with BarNet.",
        "FooNet, BarNet and BazNet are compared; FooNet wins.",
        "The ZorbLabel format and the GLBX files are described.",
        "FooNet-2\u00a0camera results, FooNet(GPU) and FooNet-GPU are no things.",
        "Our FooNet processors and FooNet formations differ.",
        "FooNet\nboard and FooNet  Jetson AGX board.",
    ]
    for text in texts:
        named = [_Cand(m.start(), m.end(), "Method", "shape", "camel") for m in re.finditer(r"[A-Z]\w+", text)]
        named += [_Cand(m.start(), m.end(), "Method", "shape", "compound") for m in re.finditer(r"Foo\w+", text)]
        assert _things_named(text, named) == _things_named_reference(text, named), text
    text = texts[0]
    foo, rtx = text.index("FooNet"), text.index("RTX5090")
    named = [_Cand(foo, foo + 6, "Method", "shape", "camel"), _Cand(rtx, rtx + 7, "Model", "shape", "model_shape")]
    assert _things_named(text, named) == {"RTX5090"}
