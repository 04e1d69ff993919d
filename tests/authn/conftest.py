"""Fixtures of the credentials tests (defined in authn_helpers.py)."""

from __future__ import annotations

from authn_helpers import keypairs, make_auth

__all__ = ["keypairs", "make_auth"]
