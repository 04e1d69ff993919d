"""SARK API keys on both backends: parsing, bcrypt hashes from Python's bcrypt, the caches never
turning a wrong key into a right one, immediate removal, and the bound on bcrypt checks."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from typing import Any, Callable

import bcrypt
import pytest
from authn_helpers import NOW
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sark_accel.authn import AuthenticationError, Authenticator, Busy, UnknownKey
from sark_accel.errors import InvalidArgument

PREFIX = "a_b-c_d-"  # token_urlsafe output may hold "_" and "-": SARK's own split breaks on them
SECRET_PART = "_-" + "x_y-z" * 8 + "Q"  # 43 characters, starting with "_"
KEY = f"sark_sk_prod_{PREFIX}_{SECRET_PART}"
LOW = 4  # bcrypt cost in tests (one case uses SARK's 12)


def _hash(key: str, cost: int = LOW) -> bytes:
    return bcrypt.hashpw(key.encode(), bcrypt.gensalt(cost))


def _both(make_auth: Callable[..., Authenticator], **kw: Any) -> list[Authenticator]:
    return [make_auth(b, **kw) for b in ("go", "python")]


def _reason(fn: Callable[..., object], *args: object) -> str:
    try:
        fn(*args)
    except AuthenticationError as exc:
        return exc.reason
    return "accepted"


def test_key_with_underscores_and_dashes_and_scopes(native: Any, make_auth: Any) -> None:
    assert len(SECRET_PART) == 43
    h = _hash(KEY)
    for a in _both(make_auth):
        a.add_key(PREFIX, h, "svc-1", ["tools:run", "read"])
        for _ in range(2):  # bcrypt, then the remembered HMAC
            p = a.verify_api_key(KEY, "tools:run")
            assert (p.id, p.via, p.scopes, p.roles, dict(p.claims)) == (
                "svc-1",
                "api_key",
                ("tools:run", "read"),
                (),
                {},
            )
        assert a.authenticate(KEY) == p and a.authenticate("Bearer " + KEY) == p
        assert _reason(a.verify_api_key, KEY, "write") == "insufficient_scope"
        s = a.stats()
        assert (s["api_key_bcrypt"], s["api_key_cache_hits"], s["api_key_refused"]) == (1, 4, 1)


def test_admin_holds_every_scope(native: Any, make_auth: Any) -> None:
    for a in _both(make_auth):
        a.add_key(PREFIX, _hash(KEY), "root", ["admin"])
        assert a.verify_api_key(KEY, "anything").id == "root"


def test_sark_cost_12_hash_from_python_bcrypt(native: Any, make_auth: Any) -> None:
    h = _hash(KEY, 12)
    assert h.startswith(b"$2b$12$")
    for a in _both(make_auth):
        a.add_key(PREFIX, h.decode(), "svc", [])
        assert a.verify_api_key(KEY).id == "svc"


@pytest.mark.parametrize(
    ("record", "key", "reason"),
    [
        ({}, KEY[:-1] + "R", "unknown_key"),  # wrong secret
        ({}, KEY.replace(PREFIX, "zzzzzzzz"), "unknown_key"),  # unknown prefix
        ({"active": False}, KEY, "inactive_key"),
        ({"expires_at": NOW - 1}, KEY, "expired_key"),
        ({"expires_at": NOW}, KEY, "expired_key"),
        ({"expires_at": datetime.fromtimestamp(NOW, timezone.utc) - timedelta(seconds=1)}, KEY, "expired_key"),
        (
            {"expires_at": datetime.fromtimestamp(NOW - 1, timezone.utc).replace(tzinfo=None)},
            KEY,
            "expired_key",
        ),  # naive: UTC, as SARK stores it
        ({"expires_at": NOW + 1}, KEY, "accepted"),
        ({}, "sark_sk_prod_" + PREFIX + SECRET_PART, "malformed"),  # no "_" between prefix and secret
        ({}, "sark_sk_PROD_" + PREFIX + "_" + SECRET_PART, "malformed"),
        ({}, "sark_sk__" + PREFIX + "_" + SECRET_PART, "malformed"),  # empty env
        ({}, "sark_sk_" + "e" * 12 + "_" + PREFIX + "_" + SECRET_PART, "malformed"),  # 73 bytes: beyond bcrypt
        ({}, "sark_sk_" + "e" * 11 + "_" + PREFIX + "_" + SECRET_PART, "unknown_key"),  # 72 bytes: checked
        ({}, KEY[:-1] + "=", "malformed"),
        ({}, KEY[:-1] + "\x00", "malformed"),
        ({}, KEY[:-1] + "\ud800", "malformed"),
        ({}, "sk_prod_" + PREFIX + "_" + SECRET_PART, "malformed"),
        ({}, "", "malformed"),
    ],
)
def test_refusals(native: Any, make_auth: Any, record: dict[str, Any], key: str, reason: str) -> None:
    h = _hash(KEY)
    for a in _both(make_auth):
        a.add_key(PREFIX, h, "svc", [], **record)
        assert _reason(a.verify_api_key, key) == reason, a.backend


def test_remove_and_replace_take_effect_at_once(native: Any, make_auth: Any) -> None:
    other = KEY[:-1] + "R"
    for a in _both(make_auth):
        a.add_key(PREFIX, _hash(KEY), "svc", [])
        assert a.verify_api_key(KEY).id == "svc"  # now remembered
        assert a.remove_key(PREFIX) and not a.remove_key(PREFIX)
        assert _reason(a.verify_api_key, KEY) == "unknown_key"
        a.add_key(PREFIX, _hash(KEY), "svc", [])
        assert _reason(a.verify_api_key, other) == "unknown_key"  # now remembered as refused
        a.add_key(PREFIX, _hash(other), "svc2", [])  # replaced: the old key's memory goes with the record
        assert _reason(a.verify_api_key, KEY) == "unknown_key"
        assert a.verify_api_key(other).id == "svc2"
        a.add_key(PREFIX, _hash(other), "svc2", [], active=False)
        assert _reason(a.verify_api_key, other) == "inactive_key"


def test_bad_records_are_invalid_arguments(native: Any, make_auth: Any) -> None:
    for a in _both(make_auth):
        for prefix, h in [
            ("short", _hash(KEY)),
            ("a_b-c_d!", _hash(KEY)),
            (PREFIX, b"plain"),
            (PREFIX, "$2b$99$" + "x" * 53),
        ]:
            with pytest.raises(InvalidArgument):
                a.add_key(prefix, h, "svc", [])
        with pytest.raises(TypeError):
            a.add_key(PREFIX, _hash(KEY), "svc", [], expires_at="tomorrow")  # type: ignore[arg-type]


_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_GOOD_HASH = _hash(KEY)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(st.integers(0, 51), st.sampled_from(_ALPHABET)), min_size=1, max_size=3))
def test_the_cache_never_turns_a_wrong_key_into_a_right_one(native: Any, edits: list[tuple[int, str]]) -> None:
    # Edit prefix or secret characters of the right key, after the right key was remembered.
    chars = list(KEY)
    tail = len(KEY) - 52
    for i, c in edits:
        if i != 8:  # position 8 of the tail is the "_" between prefix and secret
            chars[tail + i] = c
    wrong = "".join(chars)
    for backend in ("go", "python"):
        with Authenticator(backend=backend, bcrypt_slots=64) as a:
            a.add_key(PREFIX, _GOOD_HASH, "svc", [])
            assert a.verify_api_key(KEY).id == "svc"
            for _ in range(2):  # the second answer may come from the memory of refusals
                want = "accepted" if wrong == KEY else "unknown_key"
                assert _reason(a.verify_api_key, wrong) == want
            assert a.verify_api_key(KEY).id == "svc"


@pytest.mark.parametrize("backend", ["go", "python"])
def test_bcrypt_checks_beyond_the_slots_fail_fast_with_busy(native: Any, make_auth: Any, backend: str) -> None:
    a = make_auth(backend, bcrypt_slots=1)
    a.add_key(PREFIX, _hash(KEY, 10), "svc", [])  # about 50 ms per check: the checks overlap
    start = threading.Barrier(8)
    reasons: list[str] = []

    def check(i: int) -> None:
        wrong = KEY[:-1] + "ABCDEFGH"[i]
        start.wait()
        reasons.append(_reason(a.verify_api_key, wrong))

    threads = [threading.Thread(target=check, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert set(reasons) <= {"busy", "unknown_key"} and "busy" in reasons and "unknown_key" in reasons, reasons
    assert a.stats()["api_key_busy"] == reasons.count("busy")
    assert issubclass(Busy, PermissionError) and issubclass(UnknownKey, PermissionError)
