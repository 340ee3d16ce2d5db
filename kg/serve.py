"""``kg serve``: a local, read-only SPARQL 1.1 endpoint plus the HTML network.

Two processes, one public port::

    browser / SPARQL client ──► kg guard (Python http.server, HOST:PORT)
                                  ├─ /query, /sparql ──► oxigraph serve-read-only (127.0.0.1:random)
                                  ├─ /, /yasgui.*     ──► (oxigraph's query page)
                                  └─ /graph.html ...  ──► files of the output folder

* The SPARQL engine is the ``oxigraph`` server from PyPI, run as
  ``oxigraph serve-read-only --location STORE --bind 127.0.0.1:<port> --timeout-s N``.
  It implements the SPARQL 1.1 Protocol, refuses updates (403) and stops a query
  after ``--timeout-s`` seconds.
* The guard in front of it exists because the oxigraph server *does* fetch remote
  endpoints named in ``SERVICE`` clauses: the guard refuses those (403) with
  :func:`kg.rdf.queries.check_query`, and refuses updates and Graph Store writes
  itself. It also serves the output folder's files (``graph.html``), so one port
  shows both.
* Limits: the guard refuses results over ``max_result_bytes`` with HTTP 413
  (oxigraph itself has only the timeout); the engine's own
  port is bound to 127.0.0.1 and is not guarded, so other local users could reach
  it directly.

Binds 127.0.0.1 unless told otherwise. :func:`serve` returns a :class:`ServeHandle`
for tests and scripts; ``kg serve`` waits for Ctrl-C or SIGTERM and stops both.
"""

from __future__ import annotations

import http.client
import logging
import mimetypes
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from kg.errors import InputError, KgError

__all__ = ["serve", "ServeHandle", "find_oxigraph", "resolve_source"]

log = logging.getLogger(__name__)

#: paths answered by the oxigraph server (GET/HEAD, and POST for queries)
_ENGINE_PATHS = {"/", "/query", "/sparql", "/yasgui.min.css", "/yasgui.min.js", "/logo.svg"}
_QUERY_PATHS = {"/query", "/sparql"}
_MAX_BODY = 1 << 20  # queries larger than 1 MiB are refused


#: default cap on one query's response through the guard (bytes)
DEFAULT_MAX_RESULT_BYTES = 64 * 1024 * 1024


def find_oxigraph() -> str:
    """Path of the ``oxigraph`` server binary (PyPI package ``oxigraph``)."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = shutil.which("oxigraph") or (str(beside) if beside.is_file() else None)
    if not found:
        raise KgError("the oxigraph server is not installed: pip install oxigraph")
    return found


def _free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def resolve_source(source: str | os.PathLike | None, store: str | os.PathLike | None):
    """``(store_dir or None, rdf_file or None, static_dir or None)`` for a serve target.

    ``store`` is a store directory; ``source`` is an RDF file, an output folder
    (its ``store/``, else its ``graph.nt`` / ``graph.ttl`` / ``graph.jsonld``) or a
    store directory.
    """
    from kg.rdf.store import is_store

    if store is not None:
        store = Path(store)
        if not is_store(store):
            raise InputError("not an Oxigraph store", path=str(store))
        return store, None, store.parent
    path = Path(source if source is not None else "outputs")
    if not path.exists():
        raise InputError("no such file or folder", path=str(path))
    if path.is_file():
        return None, path, path.parent
    if is_store(path):
        return path, None, path.parent
    if is_store(path / "store"):
        return path / "store", None, path
    for name in ("graph.nt", "graph.ttl", "graph.jsonld"):
        if (path / name).is_file():
            return None, path / name, path
    raise InputError("no store/ or graph.ttl here: run kg build first", path=str(path))


@dataclass
class ServeHandle:
    """A running ``kg serve``: URLs and a way to stop it."""

    url: str  # base URL, e.g. http://127.0.0.1:7878/
    sparql_url: str  # the SPARQL 1.1 Protocol endpoint (url + "query")
    graph_url: str | None  # the HTML network, when the output folder has graph.html
    store_dir: Path
    process: subprocess.Popen = field(repr=False)
    _httpd: ThreadingHTTPServer = field(repr=False)
    _thread: threading.Thread = field(repr=False)
    _tmp: tempfile.TemporaryDirectory | None = field(default=None, repr=False)
    _errlog: object = field(default=None, repr=False)
    _stopped: bool = field(default=False, repr=False)

    def stop(self) -> None:
        """Stop the guard and the oxigraph server; remove a temporary store. Idempotent."""
        if self._stopped:
            return
        self._stopped = True
        self._httpd.shutdown()
        self._httpd.server_close()
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if self._errlog is not None:
            self._errlog.close()
        if self._tmp is not None:
            self._tmp.cleanup()

    def wait(self, timeout: float | None = None) -> int | None:
        """Wait for the oxigraph server to exit; its return code (None on timeout)."""
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def __enter__(self) -> "ServeHandle":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def serve(
    source: str | os.PathLike | None = None,
    *,
    store: str | os.PathLike | None = None,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout_s: int = 30,
    static_dir: str | os.PathLike | None = None,
    oxigraph: str | None = None,
    max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES,
) -> ServeHandle:
    """Start a read-only SPARQL endpoint (and the HTML network) and return at once.

    Parameters
    ----------
    source
        An output folder (default ``outputs``), an RDF file (loaded into a temporary
        store, removed on stop) or a store directory.
    store
        A store directory (instead of ``source``).
    host, port
        Where the public guard listens; ``port=0`` picks a free port.
    timeout_s
        Per-query timeout passed to ``oxigraph --timeout-s``.
    max_result_bytes
        Largest response the guard passes on; a larger result is refused with
        HTTP 413 (the engine has no size limit of its own).
    static_dir
        Folder served beside the endpoint (default: the output folder).
    oxigraph
        Path of the ``oxigraph`` binary (default: found on PATH or beside Python).

    Returns
    -------
    ServeHandle
        With ``.url``, ``.sparql_url``, ``.graph_url`` and ``.stop()``.
    """
    from kg.rdf.store import load_store

    binary = oxigraph or find_oxigraph()
    store_dir, rdf_file, default_static = resolve_source(source, store)
    tmp = None
    if store_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="kg-serve-")
        try:
            store_dir = load_store(rdf_file, Path(tmp.name) / "store")
        except BaseException:
            tmp.cleanup()
            raise
    static = Path(static_dir) if static_dir is not None else default_static
    engine_port = _free_port()
    cmd = [binary, "serve-read-only", "--location", str(store_dir),
           "--bind", f"127.0.0.1:{engine_port}", "--timeout-s", str(int(timeout_s))]
    # own session: a terminal Ctrl-C reaches kg only, which then stops the engine cleanly
    # stderr goes to a file, never a pipe nobody drains (a full pipe would block the engine)
    errlog = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=errlog, start_new_session=True)
    try:
        _wait_ready(proc, engine_port, errlog)
        handler = _make_handler(engine_port, static.resolve() if static else None,
                                store_dir.resolve(), timeout_s, max_result_bytes)
        try:
            httpd = ThreadingHTTPServer((host, port), handler)
        except OSError as exc:
            raise KgError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
        httpd.daemon_threads = True
        thread = threading.Thread(target=httpd.serve_forever, name="kg-serve", daemon=True)
        thread.start()
    except BaseException:
        proc.terminate()
        proc.wait(5)
        errlog.close()
        if tmp is not None:
            tmp.cleanup()
        raise
    bound_host, bound_port = httpd.server_address[:2]
    shown = bound_host if ":" not in bound_host else f"[{bound_host}]"
    if bound_host in ("0.0.0.0", "::"):
        shown = socket.gethostname()
    base = f"http://{shown}:{bound_port}/"
    graph_url = base + "graph.html" if static and (static / "graph.html").is_file() else None
    return ServeHandle(base, base + "query", graph_url, store_dir, proc, httpd, thread, tmp, errlog)


def _wait_ready(proc: subprocess.Popen, port: int, errlog, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            errlog.seek(0)
            err = errlog.read().decode("utf-8", "replace")
            raise KgError(f"the oxigraph server exited: {' '.join(err.split())[:300]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise KgError("the oxigraph server did not start in time")


def _make_handler(engine_port: int, static: Path | None, store_dir: Path, timeout_s: int,
                  max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES):
    from kg.rdf.queries import QueryRefused, check_query

    class Guard(BaseHTTPRequestHandler):
        server_version = "kg-serve"
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *args):  # quiet; debug logging only
            log.debug("%s %s", self.address_string(), fmt % args)

        # -- helpers --
        def _send(self, status: int, text: str, ctype: str = "text/plain; charset=utf-8"):
            body = text.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _body(self) -> bytes | None:
            length = int(self.headers.get("Content-Length") or 0)
            if length > _MAX_BODY:
                self._send(413, "query too large")
                return None
            return self.rfile.read(length) if length else b""

        def _forward(self, body: bytes | None = None) -> None:
            conn = http.client.HTTPConnection("127.0.0.1", engine_port, timeout=timeout_s + 30)
            headers = {k: v for k, v in self.headers.items()
                       if k.lower() in ("accept", "content-type", "accept-language")}
            if body is not None:
                headers["Content-Length"] = str(len(body))
            try:
                conn.request(self.command, self.path, body=body, headers=headers)
                resp = conn.getresponse()
                # buffer up to the limit, so an oversized result becomes a clean 413
                # instead of a truncated 200
                chunks, size = [], 0
                if self.command != "HEAD":
                    while chunk := resp.read1(65536):
                        size += len(chunk)
                        if size > max_result_bytes:
                            self._send(413, f"result larger than {max_result_bytes} bytes: "
                                            "add LIMIT or narrow the query")
                            return
                        chunks.append(chunk)
                self.send_response(resp.status)
                for k, v in resp.getheaders():
                    if k.lower() not in ("transfer-encoding", "connection", "content-length",
                                         "server", "date"):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(size))
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                for chunk in chunks:
                    self.wfile.write(chunk)
            except (ConnectionError, socket.timeout, http.client.HTTPException) as exc:
                try:
                    self._send(502, f"SPARQL engine unavailable: {exc}")
                except OSError:
                    pass
            finally:
                conn.close()

        def _query_text(self, body: bytes) -> str | None:
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if self.command == "GET":
                params = parse_qs(urlsplit(self.path).query)
            elif ctype == "application/x-www-form-urlencoded":
                params = parse_qs(body.decode("utf-8", "replace"))
            elif ctype == "application/sparql-query":
                return body.decode("utf-8", "replace")
            elif ctype == "application/sparql-update":
                raise QueryRefused("updates are refused: this endpoint is read-only")
            else:
                params = parse_qs(urlsplit(self.path).query)
            if "update" in params:
                raise QueryRefused("updates are refused: this endpoint is read-only")
            queries = params.get("query")
            return "\n".join(queries) if queries else None

        # -- methods --
        def do_GET(self):
            path = urlsplit(self.path).path
            if path in _QUERY_PATHS:
                return self._guarded(b"")
            if path in _ENGINE_PATHS or path == "/store":
                return self._forward()
            return self._static(path)

        do_HEAD = do_GET

        def do_POST(self):
            path = urlsplit(self.path).path
            body = self._body()
            if body is None:
                return
            if path in _QUERY_PATHS:
                return self._guarded(body)
            self._send(403, "this endpoint is read-only")

        def _refuse(self):
            self._send(403, "this endpoint is read-only")

        do_PUT = do_DELETE = do_PATCH = _refuse

        def _guarded(self, body: bytes):
            try:
                query = self._query_text(body)
                if query is not None:
                    check_query(query)
            except QueryRefused as exc:
                return self._send(403, str(exc))
            self._forward(body if self.command == "POST" else None)

        def _static(self, path: str):
            if static is None:
                return self._send(404, "not found")
            rel = unquote(path).lstrip("/")
            target = (static / rel).resolve()
            inside = target == static or static in target.parents
            hidden = any(part.startswith(".") for part in Path(rel).parts)
            in_store = target == store_dir or store_dir in target.parents
            if not inside or hidden or in_store or not target.is_file():
                return self._send(404, "not found")
            ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
            if ctype.startswith("text/") or ctype in ("application/json", "application/javascript"):
                ctype += "; charset=utf-8"
            size = target.stat().st_size
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(size))
            self.end_headers()
            if self.command != "HEAD":
                with open(target, "rb") as fh:
                    shutil.copyfileobj(fh, self.wfile)

    return Guard
