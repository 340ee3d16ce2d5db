"""Hostile abstracts fed through the real `kg build`, then opened in headless Chromium.

The viz unit tests place payloads in a hand-made graph; this one proves the whole
path (reader -> extractor -> graph -> HTML) keeps them as text.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import CLOSE, IMG, JS_URL, SCRIPT, SEPS, SVG

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_payloads_through_kg_build_never_run(tmp_path, offline_page):
    records = [
        {"id": f"evil{SVG}", "title": f"LoRA{SCRIPT} for GPT-4 {IMG}",
         "abstract": f"We propose EvilNet{CLOSE}, based on LoRA. EvilNet outperforms GPT-4 on "
                     f"GSM8K {SEPS} and ImageNet. {JS_URL}",
         "authors": [IMG, CLOSE], "url": JS_URL, "date": "2025-03-01"},
        {"id": "plain", "title": "A plain paper on LoRA",
         "abstract": f"We fine-tune Llama-3-8B with LoRA on ImageNet {SCRIPT}.",
         "authors": "Ada Lovelace; Alan Turing", "date": "2025-04-01"},
    ]
    src = tmp_path / "evil.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(src), "-o", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr

    offline_page.open(out / "graph.html")
    page = offline_page.page
    page.wait_for_timeout(300)
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert page.evaluate("() => document.querySelectorAll('img, svg, iframe, object, embed').length") == 0
    pid = page.evaluate("() => kgNodes.get({filter: n => n.kg.kind === 'paper'}).map(n => n.id)"
                        ".find(id => id.startsWith('paper:evil'))")
    assert pid, "the hostile paper is in the network"
    page.evaluate("id => kgShow(id)", pid)
    text = page.text_content("#kg-detail")
    assert SCRIPT in text and IMG in text  # shown literally
    hrefs = page.evaluate("() => Array.from(document.querySelectorAll('a[href]')).map(a => a.href)")
    assert not any(h.startswith("javascript:") for h in hrefs)
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert offline_page.remote_requests() == []
