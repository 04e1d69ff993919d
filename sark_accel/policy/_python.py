"""The ``python`` backend of the policy engine: a client of a real OPA server's REST API.

This is how SARK authorizes tool calls today (Python -> HTTP -> ``opa run --server``). It is the
reference the embedded Go engine is compared against, so it maps every server answer to the
same exception classes the Go path raises (see :mod:`sark_accel.policy.errors`).

Standard library only: one keep-alive :class:`http.client.HTTPConnection` per thread, ``json``.

Semantics worth knowing:

* ``evaluate(query, input=None)``: ``None`` means "no input" (OPA treats ``{"input": null}`` the
  same way), so ``input`` is undefined inside the policy.
* Numbers come back exactly as the server sent them: ``1`` is ``int``, ``1.0`` is ``float``, big
  integers stay exact ``int``; a number beyond float range (``1e400``) is a ``decimal.Decimal``.
* Input that JSON cannot represent raises ``TypeError`` (sets, bytes, objects ...). ``NaN`` and
  ``±Infinity`` raise :class:`~sark_accel.errors.InvalidArgument` (a ``ValueError``): the type is
  right but JSON has no such value. Non-string dict keys that ``json`` coerces (int, float, bool,
  None) are coerced as ``json.dumps`` does.
* Nothing blocks forever: connect and every read are bounded by ``timeout`` (evaluations) or
  ``load_timeout`` (loading policies, bundles and data, which compiles and can take longer).
"""

from __future__ import annotations

import http.client
import json
import math
import os
import posixpath
import re
import stat
import tarfile
import threading
import urllib.parse
import weakref
from collections.abc import Iterator, Sequence
from typing import Any, Optional

from sark_accel.errors import InvalidArgument, NotFound
from sark_accel.policy import _json
from sark_accel.policy._decision_cache import DecisionCache
from sark_accel.policy._types import BundleStatus, DecisionLogStats, Result
from sark_accel.policy.errors import (
    PolicyCompileError,
    PolicyEvalError,
    PolicyTimeout,
    PolicyUnavailable,
)
from sark_accel.policy.types import UNDEFINED

__all__ = ["MAX_BUNDLE_FILES", "MAX_BUNDLE_FILE_BYTES", "MAX_BUNDLE_TOTAL_BYTES", "OPAServerBackend"]

#: Largest single file accepted inside a bundle.
MAX_BUNDLE_FILE_BYTES = 64 * 1024 * 1024
#: Largest sum of accepted files inside a bundle (guards against decompression bombs).
MAX_BUNDLE_TOTAL_BYTES = 256 * 1024 * 1024
#: Most members a bundle archive or directory may have.
MAX_BUNDLE_FILES = 10_000

_DATA_FILES = ("data.json", "data.yaml", "data.yml")
_IGNORED_SPECIAL = (".signatures.json",)
_UNSUPPORTED = ("patch.json",)
_PACKAGE_RE = re.compile(
    r"^\s*package\s+([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s*(?:#.*)?$", re.MULTILINE
)
_MESSAGE_LOCATION_RE = re.compile(r"(?:^|: )([^\s:][^:]*):(\d+): (rego_[a-z_]+): (.*)$", re.DOTALL)
_REF_SEGMENT_RE = re.compile(r'\.([A-Za-z_][A-Za-z0-9_]*)|\["((?:[^"\\]|\\.)*)"\]')


class OPAServerBackend:
    """Evaluate Rego policies held by an OPA server (``opa run --server``) over its REST API.

    Safe for concurrent use: each thread gets its own keep-alive connection.

    :param url: base URL of the server, e.g. ``"http://127.0.0.1:8181"``.
    :param timeout: seconds allowed for connecting and for each read of an evaluation.
    :param load_timeout: the same bound for loading policies, bundles and data.
    :param decision_cache: where ``evaluate_json`` and ``evaluate_many`` look decisions up first
        (``PolicyEngine`` passes its own, which it empties on every change it makes).
    """

    def __init__(
        self,
        url: str,
        *,
        timeout: float = 0.1,
        load_timeout: float = 10.0,
        max_input_depth: int = _json.DEFAULT_MAX_INPUT_DEPTH,
        decision_cache: Optional[DecisionCache] = None,
    ) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InvalidArgument(f"OPA server URL must be http(s)://host[:port], got {url!r}")
        for name, value in (("timeout", timeout), ("load_timeout", load_timeout)):
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not (0 < value < math.inf):
                raise InvalidArgument(f"{name} must be a positive number of seconds, got {value!r}")
        self.url = url.rstrip("/")
        self.timeout = float(timeout)
        self.load_timeout = float(load_timeout)
        self.max_input_depth = _json.check_max_input_depth(max_input_depth)
        self._https = parts.scheme == "https"
        self._host = parts.hostname
        self._port = parts.port
        self._prefix = parts.path.rstrip("/")
        self._local = threading.local()
        # Every thread's connection, so close() (or garbage collection) can close them all.
        self._conns: set[http.client.HTTPConnection] = set()
        self._finalizer = weakref.finalize(self, _close_all, self._conns)
        self._urls: dict[str, str] = {}  # query -> request path (parsing is not free)
        self._cache = decision_cache

    # ------------------------------------------------------------------ policies

    def load_policy(self, policy_id: str, source: str) -> None:
        """Create or replace the policy module ``policy_id`` (``PUT /v1/policies/{id}``).

        :raises PolicyCompileError: the module (or the set of loaded modules) does not compile.
        """
        _check_id(policy_id)
        if not isinstance(source, str):
            raise TypeError(f"policy source must be str, got {type(source).__name__}")
        self._request(
            "PUT", "/v1/policies/" + _quote_id(policy_id), source.encode("utf-8"), "text/plain", self.load_timeout
        )

    def remove_policy(self, policy_id: str) -> None:
        """Delete a policy module (``DELETE /v1/policies/{id}``).

        :raises NotFound: no policy has that id.
        :raises PolicyCompileError: other modules depend on it.
        """
        _check_id(policy_id)
        self._request("DELETE", "/v1/policies/" + _quote_id(policy_id), None, None, self.load_timeout)

    def policies(self) -> list[str]:
        """Return the ids of all loaded policy modules, sorted."""
        doc = self._request("GET", "/v1/policies", None, None, self.load_timeout)
        return sorted(p["id"] for p in doc.get("result", []))

    # ---------------------------------------------------------------------- data

    def set_data(self, path: str, value: object) -> None:
        """Create or replace the base document at ``path`` (``PUT /v1/data/{path}``).

        ``path`` is slash-separated (``"sark/gateway/config"``); ``""`` or ``"/"`` replaces the
        whole data tree.
        """
        segments = _split_data_path(path)
        body = _dumps(value)
        self._request("PUT", "/v1/data" + _quote_path(segments), body, "application/json", self.load_timeout)

    def load_bundle(self, path: str) -> None:
        """Load an OPA bundle from a directory or a ``.tar.gz``/``.tgz`` archive.

        Every ``*.rego`` file is loaded as a policy whose id is the bundle's absolute path
        (without its leading ``/``, which an OPA server drops) joined with the file's path inside
        it (``"srv/bundles/gateway/gateway.rego"``), as in the Go engine, so modules of two
        bundles never collide; ``data.json``/``data.yaml`` files are merged at their
        directory's path and written under the manifest's roots. ``.signatures.json`` is not
        verified. Existing data under the roots is overwritten where the bundle writes, not erased.

        :raises NotFound: ``path`` does not exist.
        :raises InvalidArgument: unsafe member names (absolute after normalising, ``..``), links or
            special files, oversized members, bad manifest, files outside the roots, ``patch.json``,
            Rego v0 bundles, conflicting data.
        :raises PolicyCompileError: a module does not compile.
        """
        files = _read_bundle(path)
        manifest = _parse_manifest(files.pop(".manifest", None))
        roots: list[list[str]] = [[s for s in r.split("/") if s] for r in manifest["roots"]]

        modules: dict[str, str] = {}
        data: dict[str, Any] = {}
        packages: list[list[str]] = []
        for name in sorted(files):
            base = posixpath.basename(name)
            content = files[name]
            if name.endswith(".rego"):
                try:
                    source = content.decode("utf-8")
                except UnicodeDecodeError as exc:
                    raise InvalidArgument(f"bundle module {name} is not UTF-8: {exc}") from exc
                pkg = _package_path(source)
                if pkg is not None:
                    if not _under_roots(pkg, roots):
                        raise InvalidArgument(f"bundle module {name}: package {'.'.join(pkg)} is outside the roots")
                    packages.append(pkg)
                modules[name] = source
            elif base in _DATA_FILES:
                dir_path = [s for s in posixpath.dirname(name).split("/") if s]
                value = _parse_data_file(name, content)
                if not _under_roots(dir_path, roots) and not _covers_root(dir_path, value, roots):
                    raise InvalidArgument(f"bundle data file {name} is outside the roots")
                _merge_at(data, dir_path, value, name)
            elif base in _UNSUPPORTED:
                raise InvalidArgument(f"bundle file {name}: delta bundles (patch.json) are not supported")
            elif name.endswith(".wasm") or base == "plan.json":
                raise InvalidArgument(f"bundle file {name}: wasm/plan bundles are not supported")
            # Anything else (README, examples, .signatures.json) is not part of OPA's bundle format.

        # Data first, then modules: the server checks each write against what is already loaded.
        for seg_path, value in _data_writes(data, roots, packages):
            self._request(
                "PUT", "/v1/data" + _quote_path(seg_path), _dumps(value), "application/json", self.load_timeout
            )
        prefix = os.path.abspath(path).strip("/")  # an OPA server drops a leading "/" from ids
        for name, source in modules.items():
            self.load_policy(f"{prefix}/{name}", source)

    # ---------------------------------------------------------------- evaluation

    def evaluate(self, query: str, input: object = None) -> Result:
        """Evaluate a data reference such as ``"data.sark.gateway.decision"``.

        :returns: the value, or :data:`~sark_accel.policy.types.UNDEFINED` if it is undefined.
        :raises PolicyEvalError: the evaluation failed (conflicting outputs, builtin error ...).
        :raises PolicyTimeout: the server did not answer within ``timeout``.
        :raises PolicyUnavailable: the server could not be reached or gave no usable answer.
        """
        url = self._url_of(query)
        body = _input_body(input, self.max_input_depth)
        doc = self._request("POST", url, body, "application/json", self.timeout)
        return doc.get("result", UNDEFINED)

    def evaluate_json(self, query: str, input_json: str) -> Optional[str]:
        """``evaluate`` for input given as JSON text (blank: no input); the result as compact
        JSON text, or None when undefined. Text beyond the input limits or not JSON raises
        ``InvalidArgument``; an escaped lone surrogate (``"\\ud800"``) becomes U+FFFD, as in OPA.
        """
        _json.check_input_text(  # before json recurses
            input_json, len(input_json.encode("utf-8", "surrogatepass")), self.max_input_depth
        )
        try:
            value = None if not input_json.strip() else _json.loads(input_json)
        except ValueError as exc:
            raise InvalidArgument(f"input_json is not valid JSON: {exc}") from None
        if "\\u" in input_json:  # an escaped lone surrogate becomes U+FFFD, as in Go (and OPA)
            value = _json.replace_lone_surrogates(value)
        cache = self._cache
        result = self.evaluate(query, value) if cache is None else cache.through(self.evaluate, query, value)
        return None if result is UNDEFINED else _json.dumps_str(result)

    def evaluate_many(self, query: str, inputs: Sequence[object]) -> list[Result]:
        """Evaluate ``query`` once per input, in order, on this thread's connection.

        Stops at (and raises) the first error; no partial results are returned.
        """
        cache = self._cache
        if cache is not None:
            return [cache.through(self.evaluate, query, i) for i in inputs]
        url = self._url_of(query)
        bodies = [_input_body(i, self.max_input_depth) for i in inputs]
        out: list[Any] = []
        for body in bodies:
            doc = self._request("POST", url, body, "application/json", self.timeout)
            out.append(doc.get("result", UNDEFINED))
        return out

    def wasm_status(self) -> dict[str, str]:
        """Empty: an OPA server interprets every query (``wasm_queries`` is a go feature)."""
        return {}

    def take_print_output(self) -> str:
        """Refused: an OPA server writes ``print()`` output to its own log."""
        raise InvalidArgument("print capture needs the go backend")

    def status(self) -> list[BundleStatus]:
        """Empty: this engine's policies are loaded through it, not by bundles it polls."""
        return []

    def decision_log_stats(self) -> Optional[DecisionLogStats]:
        """None: this engine logs no decisions (an OPA server it calls keeps its own logs)."""
        return None

    def live_revision(self) -> Optional[int]:
        """None: an OPA server does not say when it activates a bundle."""
        return None

    def wait_ready(self, timeout: float) -> bool:
        """True: an engine whose policies are loaded through it is always ready."""
        return True

    # ------------------------------------------------------------------- plumbing

    def _url_of(self, query: str) -> str:
        url = self._urls.get(query) if isinstance(query, str) else None
        if url is None:
            url = "/v1/data" + _quote_path(_query_path(query))
            if len(self._urls) >= 1024:
                self._urls.clear()
            self._urls[query] = url
        return url

    def close(self) -> None:
        """Close the connections of every thread; a later call simply reconnects."""
        self._local.conn = None
        _close_all(self._conns)

    def __enter__(self) -> OPAServerBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"OPAServerBackend({self.url!r}, timeout={self.timeout!r})"

    def _connection(self, timeout: float) -> tuple[http.client.HTTPConnection, bool]:
        """Return this thread's connection (creating it) and whether it was used before."""
        conn: http.client.HTTPConnection | None = getattr(self._local, "conn", None)
        if conn is not None:
            conn.timeout = timeout
            if conn.sock is not None:
                conn.sock.settimeout(timeout)
            else:
                # close() ran (maybe from another thread); http.client reopens it on use.
                self._conns.add(conn)
            return conn, conn.sock is not None
        cls = http.client.HTTPSConnection if self._https else http.client.HTTPConnection
        conn = cls(self._host, self._port, timeout=timeout)
        self._local.conn = conn
        self._conns.add(conn)
        return conn, False

    def _drop_connection(self) -> None:
        conn = getattr(self._local, "conn", None)
        self._local.conn = None
        if conn is not None:
            self._conns.discard(conn)
            conn.close()

    def _request(
        self, method: str, path: str, body: bytes | None, content_type: str | None, timeout: float
    ) -> dict[str, Any]:
        """Send one request; return the decoded JSON answer or raise the mapped error."""
        headers = {"Accept": "application/json"}
        if content_type is not None:
            headers["Content-Type"] = content_type
        url = self._prefix + path
        for attempt in (0, 1):
            conn, reused = self._connection(timeout)
            try:
                conn.request(method, url, body=body, headers=headers)
                resp = conn.getresponse()
                status = resp.status
                raw = resp.read()
                if resp.will_close:
                    self._drop_connection()
                break
            except TimeoutError as exc:  # socket.timeout is an alias since 3.10
                self._drop_connection()
                raise PolicyTimeout(f"OPA server {self.url} did not answer {method} {path} within {timeout}s") from exc
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as exc:
                self._drop_connection()
                # A keep-alive connection the server closed while idle: retry once on a new one.
                # Every request we send is idempotent (PUT/DELETE replace, POST /v1/data only reads).
                if reused and attempt == 0:
                    continue
                raise PolicyUnavailable(f"OPA server {self.url} closed the connection: {exc}") from exc
            except (OSError, http.client.HTTPException) as exc:
                self._drop_connection()
                raise PolicyUnavailable(f"OPA server {self.url} unreachable: {exc}") from exc
        return _decode_answer(status, raw, method, path)


def _close_all(conns: set[http.client.HTTPConnection]) -> None:
    while conns:
        try:
            conn = conns.pop()
        except KeyError:  # emptied by another thread meanwhile
            return
        conn.close()


# --------------------------------------------------------------------- answers


def _decode_answer(status: int, raw: bytes, method: str, path: str) -> dict[str, Any]:
    """Map an OPA REST answer to its JSON document or to the matching exception."""
    doc: Any = None
    if raw:
        try:
            doc = _json.loads(raw)
        except ValueError as exc:
            if 200 <= status < 300:
                raise PolicyUnavailable(f"OPA server sent invalid JSON for {method} {path}: {exc}") from exc
    if 200 <= status < 300:
        if doc is None:
            return {}
        if not isinstance(doc, dict):
            raise PolicyUnavailable(f"OPA server answer to {method} {path} is not a JSON object")
        return doc
    body: dict[str, Any] = doc if isinstance(doc, dict) else {}
    code = str(body.get("code", ""))
    message = str(body["message"]) if "message" in body else raw[:500].decode("utf-8", "replace")
    raw_errors = body.get("errors")
    errors: list[dict[str, Any]] = (
        [e for e in raw_errors if isinstance(e, dict)] if isinstance(raw_errors, list) else []
    )
    text = f"{message} ({code}, HTTP {status})" if code else f"{message} (HTTP {status})"
    details = [_error_entry(e) for e in errors]
    if details:
        text += ": " + "; ".join(_format_entry(e) for e in details)
    if status == 404:
        raise NotFound(text)
    if status == 400:
        # Compile problems come as errors[] with locations (PUT/DELETE policy), or only inside
        # the message ("p1:2: rego_compile_error: conflicting rule for data path a/b/x found")
        # when a data write conflicts with a rule.
        if any(str(e.get("code", "")).startswith("rego_") for e in errors):
            raise PolicyCompileError(text, details)
        m = _MESSAGE_LOCATION_RE.search(message)
        if m is not None:
            entry = {"file": m.group(1), "row": int(m.group(2)), "col": 0, "message": f"{m.group(3)}: {m.group(4)}"}
            raise PolicyCompileError(text, [entry])
        raise InvalidArgument(text)
    if status == 500 and code == "internal_error":
        raise PolicyEvalError(text)
    # Any other status (401, 403, 500 without internal_error, ...) is a server that does not
    # serve this client: no decision, so fail closed as for an unreachable one.
    raise PolicyUnavailable(text)


def _error_entry(err: dict[str, Any]) -> dict[str, Any]:
    raw_loc = err.get("location")
    loc: dict[str, Any] = raw_loc if isinstance(raw_loc, dict) else {}
    code = str(err.get("code", ""))
    msg = str(err.get("message", ""))
    return {
        "file": loc.get("file", ""),
        "row": loc.get("row", 0),
        "col": loc.get("col", 0),
        "message": f"{code}: {msg}" if code else msg,
    }


def _format_entry(e: dict[str, Any]) -> str:
    where = f"{e['file']}:{e['row']}:{e['col']}: " if e["file"] or e["row"] else ""
    return where + str(e["message"])


# ------------------------------------------------------------------ encoding


def _dumps(value: Any) -> bytes:
    """Encode ``value`` with the shared rules of :mod:`sark_accel.policy._json`."""
    return _json.dumps(value)


def _input_body(input: Any, max_depth: int) -> bytes:
    """The request body for ``input``; refuses what the embedded engine refuses (size, depth,
    long integers, lone surrogates), which an OPA server would accept or time out on."""
    return b"{}" if input is None else b'{"input":' + _json.encode_input(input, max_depth) + b"}"


def _check_id(policy_id: str) -> None:
    if not isinstance(policy_id, str):
        raise TypeError(f"policy id must be str, got {type(policy_id).__name__}")
    if not policy_id or policy_id.strip("/") == "" or "\x00" in policy_id:
        raise InvalidArgument(f"invalid policy id {policy_id!r}")


def _quote_id(policy_id: str) -> str:
    return urllib.parse.quote(policy_id.lstrip("/"), safe="/")


def _quote_path(segments: list[str]) -> str:
    return "".join("/" + urllib.parse.quote(s, safe="") for s in segments)


def _split_data_path(path: str) -> list[str]:
    if not isinstance(path, str):
        raise TypeError(f"data path must be str, got {type(path).__name__}")
    segments = [s for s in path.split("/") if s]
    if any(s in (".", "..") for s in segments):
        raise InvalidArgument(f"invalid data path {path!r}")
    return segments


def _query_path(query: str) -> list[str]:
    """Turn ``data.a.b["c-d"]`` into ``["a", "b", "c-d"]``; only data references are accepted."""
    if not isinstance(query, str):
        raise TypeError(f"query must be str, got {type(query).__name__}")
    q = query.strip()
    if q != "data" and not q.startswith(("data.", "data[")):
        raise InvalidArgument(f"query must be a data reference like data.pkg.rule, got {query!r}")
    rest = q[4:]
    segments: list[str] = []
    pos = 0
    while pos < len(rest):
        m = _REF_SEGMENT_RE.match(rest, pos)
        if m is None:
            raise InvalidArgument(f"query must be a data reference like data.pkg.rule, got {query!r}")
        if m.group(1) is not None:
            segments.append(m.group(1))
        else:
            segments.append(json.loads('"' + m.group(2) + '"'))
        pos = m.end()
    return segments


# -------------------------------------------------------------------- bundles


def _read_bundle(path: str) -> dict[str, bytes]:
    """Read the files of a bundle directory or tarball, keyed by their normalised path."""
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"bundle path must be str, got {type(path).__name__}")
    path = os.fspath(path)
    if not os.path.exists(path):
        raise NotFound(f"bundle {path!r} does not exist")
    if os.path.isdir(path):
        return _read_bundle_dir(path)
    if path.endswith((".tar.gz", ".tgz")):
        return _read_bundle_tar(path)
    raise InvalidArgument(f"bundle {path!r} is neither a directory nor a .tar.gz/.tgz file")


def _wanted(name: str) -> bool:
    base = posixpath.basename(name)
    return (
        name.endswith((".rego", ".wasm"))
        or base in _DATA_FILES
        or base in _UNSUPPORTED
        or base == "plan.json"
        or name == ".manifest"
    )


def _normalise_member(name: str) -> str:
    n = name.replace("\\", "/")
    parts = [p for p in n.split("/") if p not in ("", ".")]
    if any(p == ".." for p in parts) or "\x00" in n:
        raise InvalidArgument(f"bundle member {name!r} escapes the bundle")
    return "/".join(parts)


def _add_file(files: dict[str, bytes], name: str, content: bytes, total: list[int]) -> None:
    if name in files:
        raise InvalidArgument(f"bundle member {name!r} appears twice")
    total[0] += len(content)
    if total[0] > MAX_BUNDLE_TOTAL_BYTES:
        raise InvalidArgument(f"bundle is larger than {MAX_BUNDLE_TOTAL_BYTES} bytes")
    files[name] = content


def _read_bundle_dir(root: str) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    total = [0]
    seen = 0
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for fname in sorted(filenames):
            seen += 1
            if seen > MAX_BUNDLE_FILES:
                raise InvalidArgument(f"bundle has more than {MAX_BUNDLE_FILES} files")
            full = os.path.join(dirpath, fname)
            rel = _normalise_member(os.path.relpath(full, root))
            if not _wanted(rel):
                continue
            st = os.lstat(full)
            if not stat.S_ISREG(st.st_mode):
                raise InvalidArgument(f"bundle member {rel!r} is not a regular file")
            if st.st_size > MAX_BUNDLE_FILE_BYTES:
                raise InvalidArgument(f"bundle member {rel!r} is larger than {MAX_BUNDLE_FILE_BYTES} bytes")
            with open(full, "rb") as fh:
                content = fh.read(MAX_BUNDLE_FILE_BYTES + 1)
            if len(content) > MAX_BUNDLE_FILE_BYTES:
                raise InvalidArgument(f"bundle member {rel!r} is larger than {MAX_BUNDLE_FILE_BYTES} bytes")
            _add_file(files, rel, content, total)
    return files


def _read_bundle_tar(path: str) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    total = [0]
    try:
        with tarfile.open(path, mode="r:gz") as tar:
            for count, member in enumerate(_iter_members(tar), start=1):
                if count > MAX_BUNDLE_FILES:
                    raise InvalidArgument(f"bundle has more than {MAX_BUNDLE_FILES} members")
                if member.isdir():
                    continue
                name = _normalise_member(member.name)
                if not member.isfile():
                    raise InvalidArgument(f"bundle member {member.name!r} is a link or special file")
                if not _wanted(name):
                    continue
                if member.size > MAX_BUNDLE_FILE_BYTES:
                    raise InvalidArgument(f"bundle member {name!r} is larger than {MAX_BUNDLE_FILE_BYTES} bytes")
                fh = tar.extractfile(member)
                if fh is None:
                    raise InvalidArgument(f"bundle member {name!r} cannot be read")
                _add_file(files, name, fh.read(MAX_BUNDLE_FILE_BYTES + 1), total)
    except (tarfile.TarError, EOFError, OSError) as exc:
        if isinstance(exc, FileNotFoundError):
            raise NotFound(f"bundle {path!r} does not exist") from exc
        raise InvalidArgument(f"bundle {path!r} is not a valid .tar.gz: {exc}") from exc
    return files


def _iter_members(tar: tarfile.TarFile) -> Iterator[tarfile.TarInfo]:
    # Iterate lazily (tar.getmembers() would read the whole index of a hostile archive first).
    while True:
        member = tar.next()
        if member is None:
            return
        yield member


def _parse_manifest(raw: bytes | None) -> dict[str, Any]:
    if raw is None:
        return {"roots": [""]}
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise InvalidArgument(f"bundle .manifest is not valid JSON: {exc}") from exc
    if not isinstance(doc, dict):
        raise InvalidArgument("bundle .manifest must be a JSON object")
    roots = doc.get("roots", [""])
    if not isinstance(roots, list) or not all(isinstance(r, str) for r in roots):
        raise InvalidArgument("bundle .manifest roots must be a list of strings")
    if doc.get("rego_version", 1) != 1 or any(v != 1 for v in (doc.get("file_rego_versions") or {}).values()):
        raise InvalidArgument("bundle .manifest asks for Rego v0; only Rego v1 bundles are supported")
    return {"roots": roots or [""], "revision": doc.get("revision", "")}


def _parse_data_file(name: str, content: bytes) -> Any:
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidArgument(f"bundle data file {name} is not UTF-8: {exc}") from exc
    if name.endswith(".json"):
        try:
            return _json.loads(text)
        except ValueError as exc:
            raise InvalidArgument(f"bundle data file {name} is not valid JSON: {exc}") from exc
    try:
        import yaml  # optional: only for data.yaml bundles
    except ImportError as exc:
        raise InvalidArgument(f"bundle data file {name}: reading YAML needs PyYAML installed") from exc
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise InvalidArgument(f"bundle data file {name} is not valid YAML: {exc}") from exc


def _package_path(source: str) -> list[str] | None:
    m = _PACKAGE_RE.search(source)
    return m.group(1).split(".") if m else None


def _under_roots(path: list[str], roots: list[list[str]]) -> bool:
    return any(path[: len(r)] == r for r in roots)


def _covers_root(dir_path: list[str], value: Any, roots: list[list[str]]) -> bool:
    """True if a data file above the roots only holds keys leading into the roots."""
    return all(_value_within_roots(dir_path, value, roots))


def _value_within_roots(path: list[str], value: Any, roots: list[list[str]]) -> Iterator[bool]:
    if _under_roots(path, roots):
        yield True
        return
    if not isinstance(value, dict) or not any(r[: len(path)] == path for r in roots):
        yield False
        return
    for k, v in value.items():
        yield from _value_within_roots(path + [k], v, roots)


def _merge_at(tree: dict[str, Any], path: list[str], value: Any, name: str) -> None:
    node = tree
    for seg in path[:-1] if path else []:
        child = node.setdefault(seg, {})
        if not isinstance(child, dict):
            raise InvalidArgument(f"bundle data file {name} conflicts with other data at {seg!r}")
        node = child
    if not path:
        if not isinstance(value, dict):
            raise InvalidArgument(f"bundle data file {name} at the bundle root must hold an object")
        _merge_dict(node, value, name)
        return
    last = path[-1]
    if last in node:
        if not (isinstance(node[last], dict) and isinstance(value, dict)):
            raise InvalidArgument(f"bundle data file {name} conflicts with other data at {'/'.join(path)}")
        _merge_dict(node[last], value, name)
    else:
        node[last] = value


def _merge_dict(dst: dict[str, Any], src: dict[str, Any], name: str) -> None:
    for k, v in src.items():
        if k in dst:
            if isinstance(dst[k], dict) and isinstance(v, dict):
                _merge_dict(dst[k], v, name)
            else:
                raise InvalidArgument(f"bundle data file {name} conflicts with other data at key {k!r}")
        else:
            dst[k] = v


def _data_writes(
    data: dict[str, Any], roots: list[list[str]], packages: list[list[str]]
) -> list[tuple[list[str], Any]]:
    """Split the bundle's data into PUTs the server accepts.

    OPA refuses a data write at a path where rules live below (a package of the same name), so
    writes start at the roots and descend while a package of the bundle is at or below the path.
    """
    writes: list[tuple[list[str], Any]] = []

    def has_rules_below(path: list[str]) -> bool:
        return any(p[: len(path)] == path for p in packages)

    def descend(path: list[str], value: Any) -> None:
        # Never write at the data root itself: that would replace every other document too.
        if isinstance(value, dict) and (not path or has_rules_below(path)):
            for k in sorted(value):
                descend(path + [k], value[k])
        else:
            writes.append((path, value))

    for root in roots:
        node: Any = data
        for seg in root:
            if not isinstance(node, dict) or seg not in node:
                node = None
                break
            node = node[seg]
        if node is None:
            continue
        descend(root, node)
    return writes
