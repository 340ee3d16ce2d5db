"""kg serve: a read-only SPARQL endpoint (oxigraph behind kg's guard) and the HTML network."""

from __future__ import annotations

import http.server
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from SPARQLWrapper import JSON, SPARQLWrapper

from kg.rdf.export import write_rdf
from kg.serve import find_oxigraph, serve

pytestmark = pytest.mark.skipif(
    not (Path(sys.executable).with_name("oxigraph").exists() or __import__("shutil").which("oxigraph")),
    reason="the oxigraph server binary is not installed",
)


@pytest.fixture
def outdir(tmp_path, sample_graph):
    write_rdf(sample_graph, tmp_path, formats=("ttl",))
    (tmp_path / "graph.html").write_text("<html><body>network</body></html>", encoding="utf-8")
    return tmp_path


@pytest.fixture
def server(outdir):
    handle = serve(outdir / "graph.ttl", port=0, timeout_s=5)
    yield handle
    handle.stop()


@pytest.fixture
def remote():
    """A local HTTP server recording every request: the 'remote endpoint' of SERVICE."""
    hits = []

    class H(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(500)
            self.end_headers()

        do_POST = do_GET

        def log_message(self, *args):
            pass

    srv = http.server.HTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_port}/sparql", hits
    srv.shutdown()
    srv.server_close()


def test_select_with_sparqlwrapper(server):
    assert server.url.startswith("http://127.0.0.1:")
    sw = SPARQLWrapper(server.sparql_url)
    sw.setQuery("PREFIX kg: <https://w3id.org/kg-trends/vocab#>\n"
                "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                "SELECT ?label WHERE { ?b a kg:Benchmark ; skos:prefLabel ?label } ORDER BY ?label")
    sw.setReturnFormat(JSON)
    rows = sw.query().convert()["results"]["bindings"]
    assert [r["label"]["value"] for r in rows] == ["BBH", "MathVista"]


def test_post_query_and_query_page(server):
    r = httpx.post(server.sparql_url, data={"query": "ASK { ?s ?p ?o }"},
                   headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200 and r.json()["boolean"] is True
    r = httpx.post(server.sparql_url, content="SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                   headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert r.status_code == 200 and int(r.text.split()[1]) > 100
    r = httpx.get(server.url)
    assert r.status_code == 200 and "html" in r.headers["content-type"]


def test_updates_are_refused(server):
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    assert httpx.post(server.url + "update", data={"update": update}).status_code == 403
    assert httpx.post(server.sparql_url, data={"update": update}).status_code == 403
    assert httpx.post(server.sparql_url, content=update,
                      headers={"Content-Type": "application/sparql-update"}).status_code == 403
    assert httpx.put(server.url + "store?default", content="<urn:a> <urn:b> <urn:c> .",
                     headers={"Content-Type": "application/n-triples"}).status_code == 403
    r = httpx.post(server.sparql_url, data={"query": "ASK { <urn:a> <urn:b> <urn:c> }"},
                   headers={"Accept": "application/sparql-results+json"})
    assert r.json()["boolean"] is False


def test_service_does_not_fetch(server, remote):
    url, hits = remote
    for q in (f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
              f"SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}"):
        assert httpx.get(server.sparql_url, params={"query": q}).status_code == 403
        assert httpx.post(server.sparql_url, data={"query": q}).status_code == 403
    time.sleep(0.2)
    assert hits == []


def test_html_network_is_served_and_nothing_else(server, outdir):
    assert server.graph_url == server.url + "graph.html"
    r = httpx.get(server.graph_url)
    assert r.status_code == 200 and "network" in r.text
    assert httpx.get(server.url + "graph.ttl").status_code == 200
    assert httpx.get(server.url + "..%2F..%2Fetc%2Fpasswd").status_code == 404
    assert httpx.get(server.url + "missing.html").status_code == 404


def test_stop_releases_everything(outdir):
    handle = serve(outdir / "graph.ttl", port=0)
    port = int(handle.url.rsplit(":", 1)[1].strip("/"))
    tmp_store = handle.store_dir
    handle.stop()
    assert handle.process.poll() is not None
    assert not tmp_store.exists()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1)
    handle.stop()  # idempotent


def test_serves_a_store_dir(tmp_path, sample_graph):
    from kg.rdf.store import load_store

    store = load_store(sample_graph, tmp_path / "store")
    with serve(store=store, port=0) as handle:
        r = httpx.get(handle.sparql_url, params={"query": "ASK { ?s ?p ?o }"},
                      headers={"Accept": "application/sparql-results+json"})
        assert r.json()["boolean"] is True
    assert store.exists()  # a user's store is never removed


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_cli_starts_and_stops_cleanly(outdir, sig):
    port = _free_port()
    kg = Path(sys.executable).with_name("kg")
    cmd = [str(kg)] if kg.exists() else [sys.executable, "-m", "kg.cli"]
    # Ctrl-C in a terminal reaches a process whose SIGINT is not ignored; a test run started as a
    # background job (``pytest &``, nohup) hands its children an ignored SIGINT, so restore it
    proc = subprocess.Popen([*cmd, "serve", str(outdir), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        url = f"http://127.0.0.1:{port}/query"
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(url, params={"query": "ASK { ?s ?p ?o }"},
                              headers={"Accept": "application/sparql-results+json"})
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read()
                assert time.monotonic() < deadline, "kg serve did not start"
                time.sleep(0.1)
        assert r.json()["boolean"] is True
        err = ""
        while "press Ctrl-C to stop" not in err:  # the banner is complete before the signal
            line = proc.stderr.readline()
            assert line, err
            err += line
        proc.send_signal(sig)
        assert proc.wait(60) == 0  # generous: a loaded CI machine stops slowly, what matters is exit 0
        err += proc.stderr.read()
        assert f"http://127.0.0.1:{port}/query" in err and "graph.html" in err and "stopping" in err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    with pytest.raises(httpx.TransportError):
        httpx.get(url, timeout=1)


def test_find_oxigraph():
    assert os.access(find_oxigraph(), os.X_OK)


def test_oversized_results_are_refused(outdir):
    query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    with serve(outdir / "graph.ttl", port=0, max_result_bytes=2000) as handle:
        big = httpx.post(handle.sparql_url, data={"query": query},
                         headers={"Accept": "application/sparql-results+json"}, timeout=30)
        assert big.status_code == 413 and "LIMIT" in big.text
        small = httpx.post(handle.sparql_url, data={"query": query + " LIMIT 2"},
                           headers={"Accept": "application/sparql-results+json"}, timeout=30)
        assert small.status_code == 200 and len(small.json()["results"]["bindings"]) == 2
