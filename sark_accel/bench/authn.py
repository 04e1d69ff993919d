"""Credentials benchmark: Go and Python backends of Authenticator vs PyJWT's jwt.decode, and API
keys vs SARK's bcrypt check on every request.

Per algorithm, one token (a SARK-like claims set) verified again and again:
- go cold / python cold: the engine with its token cache off (structure, signature, claims);
- go cached / python cached: the same token answered by the verified-token cache;
- jwt.decode: PyJWT as SARK calls it, with the key as SARK configures it (the secret, or the
  public key's PEM text, which PyJWT parses on every call), and with a key object loaded once.
API keys: the first check (bcrypt at cost 12, as SARK stores keys), the repeat check (an HMAC
compare), and SARK's path, bcrypt.checkpw on every request.
"""

from __future__ import annotations

import time
from typing import Any, Callable, Optional

from ._timing import BENCH_EXTRA, fmt_ratio, ops_per_second, progress, skipped, table

ALGS = ("HS256", "RS256", "PS256", "ES256", "EdDSA")
API_KEY = "sark_sk_prod_Ab3_-9xZ_" + "s3cr3t-_" * 5 + "abc"  # prefix and secret with "_" and "-"


def _op(fn: Callable[..., object], *args: object) -> Callable[[int], object]:
    """The benchmark driver of fn(*args)."""
    return lambda _i: fn(*args)


def _decode(token: str, key: Any, alg: str) -> object:
    """PyJWT as SARK calls it."""
    import jwt

    return jwt.decode(token, key, algorithms=[alg], audience="sark-gateway", issuer="https://idp.example")


def _us(op: Callable[[int], object], n: int) -> float:
    """Microseconds per call (the best of three rounds)."""
    return 1e6 / ops_per_second(op, n, repeat=3)


def _interleaved_us(ops: dict[str, tuple[Callable[[int], object], int]], rounds: int) -> dict[str, float]:
    """Microseconds per call of each op (name: (op, calls per round)), the best of ``rounds``
    rounds taken in turn, so that a busy spell of a shared machine hits every candidate alike."""
    best = dict.fromkeys(ops, float("inf"))
    for _ in range(rounds):
        for name, (op, n) in ops.items():
            best[name] = min(best[name], 1e6 / ops_per_second(op, n))
    return best


def _fmt_us(us: Optional[float]) -> str:
    if us is None:
        return "-"
    return f"{us / 1000:.0f} ms" if us >= 10_000 else f"{us:.2f} us" if us < 10 else f"{us:.1f} us"


def _keys(alg: str) -> tuple[Any, Any, Any]:
    """(signing key, key spec for Authenticator, PEM text or secret as SARK configures it)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

    from ..authn import PEMKey, SecretKey

    if alg == "HS256":
        secret = b"a-shared-secret-of-32-bytes-or-more!"
        return secret, SecretKey(secret), secret
    private: Any
    if alg in ("RS256", "PS256"):
        private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    elif alg == "ES256":
        private = ec.generate_private_key(ec.SECP256R1())
    else:
        private = ed25519.Ed25519PrivateKey.generate()
    pem = (
        private.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    return private, PEMKey(pem), pem


def _jwt_rows(quick: bool) -> tuple[list[list[str]], dict[str, float]]:
    import jwt

    from ..authn import Authenticator

    now = time.time()
    claims = {
        "sub": "user-8f14e45f", "iss": "https://idp.example", "aud": "sark-gateway", "iat": int(now),
        "exp": int(now) + 3600, "jti": "b9a2c1d0", "roles": ["developer"], "teams": ["platform"],
        "permissions": ["tools:invoke"], "email": "dev@example.com",
    }  # fmt: skip
    n = 300 if quick else 3000
    rows: list[list[str]] = []
    hs: dict[str, float] = {}
    for alg in ALGS:
        signing, spec, sark_key = _keys(alg)
        token = jwt.encode(claims, signing, algorithm=alg)
        loaded = spec.secret if alg == "HS256" else jwt.algorithms.get_default_algorithms()[alg].prepare_key(sark_key)
        common: dict[str, Any] = {"keys": [spec], "issuer": "https://idp.example", "audience": "sark-gateway"}
        engines = {
            "go cold": Authenticator(backend="go", cache_size=0, **common),
            "go cached": Authenticator(backend="go", **common),
            "python cold": Authenticator(backend="python", cache_size=0, **common),
            "python cached": Authenticator(backend="python", **common),
        }
        ops = {name: (_op(a.verify_jwt, token), n * (20 if "cached" in name else 1)) for name, a in engines.items()}
        ops["jwt.decode"] = (_op(_decode, token, sark_key, alg), n)
        ops["jwt.decode (key object)"] = (_op(_decode, token, loaded, alg), n)
        progress(f"authn {alg}")
        times = _interleaved_us(ops, 3 if quick else 5)
        for a in engines.values():
            a.close()
        if alg == "HS256":
            hs = times
        base = times["jwt.decode"]
        rows.append(
            [
                alg,
                *(_fmt_us(times[c]) for c in JWT_COLUMNS),
                fmt_ratio(base, times["go cold"]),
                fmt_ratio(times["jwt.decode (key object)"], times["go cold"]),
                fmt_ratio(base, times["go cached"]),
            ]  # fmt: skip
        )
    return rows, hs


JWT_COLUMNS = ("go cold", "go cached", "python cold", "python cached", "jwt.decode", "jwt.decode (key object)")


def _api_key_rows(quick: bool) -> list[list[str]]:
    import bcrypt

    from ..authn import Authenticator

    stored = bcrypt.hashpw(API_KEY.encode(), bcrypt.gensalt(12))  # SARK's cost
    first_rounds = 1 if quick else 3
    rows = []
    sark_us = _us(_op(bcrypt.checkpw, API_KEY.encode(), stored), first_rounds)
    for backend in ("go", "python"):
        progress(f"authn api key {backend}")
        firsts = []
        for _ in range(first_rounds):
            with Authenticator(backend=backend) as a:
                a.add_key("Ab3_-9xZ", stored, "svc", ["tools:invoke"])
                t0 = time.perf_counter()
                a.verify_api_key(API_KEY, "tools:invoke")
                firsts.append((time.perf_counter() - t0) * 1e6)
        with Authenticator(backend=backend) as a:
            a.add_key("Ab3_-9xZ", stored, "svc", ["tools:invoke"])
            repeat = _us(_op(a.verify_api_key, API_KEY, "tools:invoke"), 3000 if quick else 50_000)
        rows.append([backend, _fmt_us(min(firsts)), _fmt_us(repeat), _fmt_us(sark_us), fmt_ratio(sark_us, repeat)])
    return rows


def _decode_row(impl: Any, reply: str) -> object:
    impl._rows.clear()  # a cold reply is new to the decoded-row memo
    return impl._principal(reply)


def _decode_row_and_claims(impl: Any, reply: str) -> object:
    impl._rows.clear()
    return impl._principal(reply).claims


def _where_the_time_goes(quick: bool) -> list[list[str]]:
    """HS256 on the go backend taken apart: the facade, the binding call, a near-empty crossing,
    and for a cold call the decoding of the reply into a Principal."""
    import jwt

    from .. import _native
    from ..authn import Authenticator, SecretKey

    secret = b"a-shared-secret-of-32-bytes-or-more!"
    claims = {"sub": "u", "iss": "https://idp.example", "exp": int(time.time()) + 3600, "roles": ["r"], "teams": ["t"]}
    token = jwt.encode(claims, secret, algorithm="HS256")
    n = 20_000 if quick else 200_000
    m = _native.module()
    assert m is not None
    rows = []
    for size, label in ((10_000, "cached"), (0, "cold")):
        with Authenticator(backend="go", keys=[SecretKey(secret)], cache_size=size) as a:
            impl: Any = a._impl
            reply = m.sarkbind_AuthnVerifyJWT(impl._h, token)
            k = n if size else n // 10
            ops = {
                "full": (_op(a.verify_jwt, token), k),
                "raw": (_op(m.sarkbind_AuthnVerifyJWT, impl._h, token), k),
                "empty": (_op(m.sarkbind_AuthnRemoveKey, impl._h, "x"), n),
                "decode": (_op(_decode_row, impl, reply), k),
                "claims": (_op(_decode_row_and_claims, impl, reply), k),
            }
            t = _interleaved_us(ops, 3)
        rows += [
            [f"Authenticator.verify_jwt (go, {label})", _fmt_us(t["full"])],
            ["  the binding call alone (crossing, SHA-256, Go's work, the framed row)", _fmt_us(t["raw"])],
        ]
        if size:
            rows.append(["  a near-empty crossing (remove_key of an unknown prefix)", _fmt_us(t["empty"])])
        else:
            rows += [
                ["  decoding the reply into a Principal (the lists; claims wait)", _fmt_us(t["decode"])],
                ["  the same, then reading .claims (json.loads, made read-only)", _fmt_us(t["claims"])],
            ]
    return rows


def run(quick: bool = False) -> str:
    try:
        import bcrypt  # noqa: F401
        import cryptography  # noqa: F401
        import jwt  # noqa: F401
    except ImportError as exc:
        skipped(f"authn, the {exc.name} module (PyJWT, cryptography and bcrypt are the baselines)", BENCH_EXTRA)
        return ""
    jwt_rows, _ = _jwt_rows(quick)
    out = [
        "JWT verification, time per call (one thread):",
        "",
        table(
            ["alg", *JWT_COLUMNS, "go cold vs jwt.decode", "go cold vs key object", "go cached vs jwt.decode"],
            jwt_rows,
        ),
        "",
        "API keys (bcrypt cost 12), time per check:",
        "",
        table(
            ["backend", "first check", "repeat check", "SARK: checkpw per request", "SARK vs repeat"],
            _api_key_rows(quick),
        ),  # fmt: skip
        "",
        "Where an HS256 verification on the go backend spends its time:",
        "",
        table(["part", "time"], _where_the_time_goes(quick)),
    ]
    return "\n".join(out)
