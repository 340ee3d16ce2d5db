"""kg.viz.layout: deterministic, finite, components packed apart."""

from __future__ import annotations

import math

import numpy as np

from kg.viz.layout import force_layout


def test_deterministic_and_seeded():
    nodes = [f"n{i}" for i in range(40)]
    edges = [(f"n{i}", f"n{(i * 7) % 40}", 1.0) for i in range(40)]
    a = force_layout(nodes, edges, seed=1)
    assert a == force_layout(nodes, edges, seed=1)
    assert a != force_layout(nodes, edges, seed=2)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in a.values())


def test_edges_pull_and_components_do_not_overlap():
    # two 5-cliques and three isolated nodes
    left = [f"a{i}" for i in range(5)]
    right = [f"b{i}" for i in range(5)]
    edges = [(u, v, 1.0) for grp in (left, right) for u in grp for v in grp if u < v]
    pos = force_layout(left + right + ["x", "y", "z"], edges, seed=3)
    p = {k: np.array(v) for k, v in pos.items()}

    def spread(group):
        pts = np.array([p[n] for n in group])
        return pts.mean(axis=0), np.linalg.norm(pts - pts.mean(axis=0), axis=1).max()

    (ca, ra), (cb, rb) = spread(left), spread(right)
    assert np.linalg.norm(ca - cb) > ra + rb  # the two cliques are apart
    nearest = min(np.linalg.norm(p[u] - p[v]) for u in pos for v in pos if u < v)
    assert nearest > 20  # pixels: no two nodes on top of each other


def test_ignores_bad_edges_and_small_inputs():
    assert force_layout([], []) == {}
    assert force_layout(["a"], [("a", "a", 1.0)]) == {"a": (0.0, 0.0)}
    pos = force_layout(["a", "b"], [("a", "zz", 1.0), ("a", "b", 0), ("a", "b", -1.0)])
    assert set(pos) == {"a", "b"} and pos["a"] != pos["b"]
